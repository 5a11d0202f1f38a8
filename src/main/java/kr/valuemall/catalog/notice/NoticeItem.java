package kr.valuemall.catalog.notice;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One line of the product information notice, named as the Fair Trade Commission's notice
 * (「전자상거래 등에서의 상품 등의 정보제공에 관한 고시」) names it. Where two product groups word a line
 * differently ("제품 소재", "소재", "주요 소재", "재질"), they are different items, so each label is
 * exactly the notice's. The key is what forms, the database and the bulk upload use; the
 * label is the message {@code notice.item.<key>}.
 */
public enum NoticeItem {

	PRODUCT_NAME("productName"), PRODUCT_MODEL("productModel"), PRODUCT_TITLE("productTitle"), ITEM_NAME("itemName"),

	MATERIAL("material"), SHOE_MATERIAL("shoeMaterial"), MATERIALS("materials"), MAIN_MATERIAL("mainMaterial"),
	SUBSTANCE("substance"),

	COLOR("color"), SIZE("size"), FOOT_LENGTH("footLength"), HEEL_HEIGHT("heelHeight"), DIMENSIONS("dimensions"),
	SIZE_AND_WEIGHT("sizeAndWeight"), SIZE_AND_MASS("sizeAndMass"), KIND("kind"), COMPOSITION("composition"),
	COMPONENTS("components"), PACK_COMPOSITION("packComposition"),

	MAKER("maker"), MADE_IN("madeIn", Check.KOREA), MADE_IN_OR_ORIGIN("madeInOrOrigin", Check.KOREA),

	CARE_INSTRUCTIONS("careInstructions"), HANDLING_CAUTIONS("handlingCautions"), MADE_YEAR_MONTH("madeYearMonth"),
	WARRANTY("warranty"), AFTER_SERVICE("afterService"), AFTER_SERVICE_OR_PHONE("afterServiceOrPhone"),
	CONSUMER_PHONE("consumerPhone"),

	KC_CERTIFICATION("kcCertification", Check.KC_NUMBER), LEGAL_CERTIFICATION("legalCertification"),

	DELIVERY_INSTALLATION_COST("deliveryInstallationCost"), RATED_VOLTAGE_POWER("ratedVoltagePower"),
	ENERGY_EFFICIENCY("energyEfficiency"), RELEASED_YEAR_MONTH("releasedYearMonth"), MAIN_SPECS("mainSpecs"),
	DETAILED_SPECS("detailedSpecs"), IMPORT_DECLARATION("importDeclaration"),

	VOLUME_OR_WEIGHT("volumeOrWeight"), COSMETIC_SPECS("cosmeticSpecs"), USE_BY("useBy"), HOW_TO_USE("howToUse"),
	COSMETIC_BUSINESSES("cosmeticBusinesses"), ALL_INGREDIENTS("allIngredients"), FUNCTIONAL_REVIEW("functionalReview"),
	USAGE_CAUTIONS("usageCautions"),

	FOOD_TYPE("foodType"), PRODUCER_AND_LOCATION("producerAndLocation"), MADE_DATE_AND_EXPIRY("madeDateAndExpiry"),
	CONTENT_AMOUNT("contentAmount"), INGREDIENTS("ingredients"), NUTRITION("nutrition"), GMO("gmo"),
	SAFETY_CAUTIONS("safetyCautions"), IMPORTED_FOOD("importedFood"),

	MANUFACTURER_AND_LOCATION("manufacturerAndLocation"), RAW_MATERIALS("rawMaterials"),
	NUTRITION_INFO("nutritionInfo"), FUNCTION_INFO("functionInfo"), INTAKE("intake"), NOT_MEDICINE("notMedicine"),
	GMO_HEALTH("gmoHealth"),

	PACK_CONTENTS("packContents"), PRODUCER("producer"), ORIGIN("origin", Check.KOREA),
	PACKED_DATE_AND_EXPIRY("packedDateAndExpiry"), LEGAL_LABELS("legalLabels"), STORAGE("storage"),

	AGE_RANGE("ageRange"), HANDLING_AND_SAFETY("handlingAndSafety");

	/** What is checked of a line's text beyond its length. */
	enum Check {

		NONE,

		/** A KC certification number: letters, digits and hyphens. */
		KC_NUMBER,

		/**
		 * A country of manufacture or origin, which must be Korea for a listing on sale
		 * here.
		 */
		KOREA

	}

	private static final Map<String, NoticeItem> BY_KEY = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(NoticeItem::key, Function.identity()));

	private final String key;

	private final Check check;

	NoticeItem(String key) {
		this(key, Check.NONE);
	}

	NoticeItem(String key, Check check) {
		this.key = key;
		this.check = check;
	}

	/** The stable name of the line in forms, the database and spreadsheets. */
	public String key() {
		return this.key;
	}

	/** The message key of its label, as the notice words it. */
	public String messageKey() {
		return "notice.item." + this.key;
	}

	/** Whether the line holds a KC certification number, checked for its form. */
	public boolean isKcNumber() {
		return this.check == Check.KC_NUMBER;
	}

	/** Whether the line says where the goods were made or grown. */
	public boolean namesCountry() {
		return this.check == Check.KOREA;
	}

	public static Optional<NoticeItem> ofKey(String key) {
		return Optional.ofNullable((key != null) ? BY_KEY.get(key) : null);
	}

}
