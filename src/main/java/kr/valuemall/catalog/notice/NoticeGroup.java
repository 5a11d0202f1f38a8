package kr.valuemall.catalog.notice;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static kr.valuemall.catalog.notice.NoticeField.ifApplicable;
import static kr.valuemall.catalog.notice.NoticeField.required;
import static kr.valuemall.catalog.notice.NoticeItem.*;

/**
 * The product groups of the Fair Trade Commission's notice (「전자상거래 등에서의 상품 등의 정보제공에 관한
 * 고시」 [별표 1]) that goods sold here fall into, each with its lines in the notice's order.
 * A KC certification line appears where the notice asks for one; "기타 재화" keeps the
 * notice's general line on legal certifications and permits beside it. Stored by name:
 * rename a constant only with a migration.
 */
public enum NoticeGroup {

	CLOTHING(required(MATERIAL, "clothingMaterial"), required(COLOR), required(SIZE), required(MAKER, "maker"),
			required(MADE_IN), required(CARE_INSTRUCTIONS), required(MADE_YEAR_MONTH), required(WARRANTY),
			required(AFTER_SERVICE)),

	SHOES(required(SHOE_MATERIAL, "shoeMaterial"), required(COLOR), required(FOOT_LENGTH, "footLength"),
			ifApplicable(HEEL_HEIGHT, "heelHeight"), required(MAKER, "maker"), required(MADE_IN),
			required(HANDLING_CAUTIONS), required(WARRANTY), required(AFTER_SERVICE)),

	BAGS(required(KIND), required(MATERIALS), required(COLOR), required(DIMENSIONS), required(MAKER, "maker"),
			required(MADE_IN), required(HANDLING_CAUTIONS), required(WARRANTY), required(AFTER_SERVICE)),

	FASHION_GOODS(required(KIND), required(MATERIALS), required(SIZE), required(MAKER, "maker"), required(MADE_IN),
			required(HANDLING_CAUTIONS), required(WARRANTY), required(AFTER_SERVICE)),

	BEDDING(required(MATERIAL, "beddingMaterial"), required(COLOR), required(SIZE), required(COMPOSITION),
			required(MAKER, "maker"), required(MADE_IN), required(CARE_INSTRUCTIONS), required(WARRANTY),
			required(AFTER_SERVICE)),

	FURNITURE(required(PRODUCT_NAME), ifApplicable(KC_CERTIFICATION, "kcFurniture"), required(COLOR),
			required(COMPONENTS), required(MAIN_MATERIAL), required(MAKER, "furnitureMaker"),
			required(MADE_IN, "furnitureMadeIn"), required(DIMENSIONS), required(DELIVERY_INSTALLATION_COST),
			required(WARRANTY), required(AFTER_SERVICE)),

	HOME_APPLIANCES(required(PRODUCT_MODEL), ifApplicable(KC_CERTIFICATION, "kcElectrical"),
			required(RATED_VOLTAGE_POWER), ifApplicable(ENERGY_EFFICIENCY, "energyEfficiency"),
			required(RELEASED_YEAR_MONTH), required(MAKER, "maker"), required(MADE_IN),
			required(DIMENSIONS, "applianceSize"), required(WARRANTY), required(AFTER_SERVICE)),

	SMALL_ELECTRONICS(required(PRODUCT_MODEL), ifApplicable(KC_CERTIFICATION, "kcRadio"), required(RATED_VOLTAGE_POWER),
			required(RELEASED_YEAR_MONTH), required(MAKER, "maker"), required(MADE_IN), required(SIZE_AND_MASS),
			required(MAIN_SPECS), required(WARRANTY), required(AFTER_SERVICE)),

	KITCHENWARE(required(PRODUCT_MODEL), required(SUBSTANCE), required(COMPONENTS), required(DIMENSIONS),
			required(RELEASED_YEAR_MONTH), required(MAKER, "maker"), required(MADE_IN),
			ifApplicable(KC_CERTIFICATION, "kcKitchen"), ifApplicable(IMPORT_DECLARATION, "importDeclaration"),
			required(WARRANTY), required(AFTER_SERVICE)),

	COSMETICS(required(VOLUME_OR_WEIGHT), required(COSMETIC_SPECS, "cosmeticSpecs"), required(USE_BY, "useBy"),
			required(HOW_TO_USE), required(COSMETIC_BUSINESSES), required(MADE_IN), required(ALL_INGREDIENTS),
			ifApplicable(FUNCTIONAL_REVIEW, "functionalReview"), required(USAGE_CAUTIONS), required(WARRANTY),
			required(CONSUMER_PHONE)),

	AGRICULTURAL(required(ITEM_NAME), required(PACK_CONTENTS), required(PRODUCER, "producer"), required(ORIGIN),
			required(PACKED_DATE_AND_EXPIRY, "packedDateAndExpiry"), ifApplicable(LEGAL_LABELS, "legalLabels"),
			ifApplicable(IMPORTED_FOOD), required(PACK_COMPOSITION), required(STORAGE),
			required(SAFETY_CAUTIONS, "safetyCautions"), required(CONSUMER_PHONE)),

	PROCESSED_FOOD(required(PRODUCT_TITLE), required(FOOD_TYPE), required(PRODUCER_AND_LOCATION, "producerAndLocation"),
			required(MADE_DATE_AND_EXPIRY), required(CONTENT_AMOUNT), required(INGREDIENTS, "ingredients"),
			ifApplicable(NUTRITION, "nutrition"), ifApplicable(GMO), required(SAFETY_CAUTIONS, "safetyCautions"),
			ifApplicable(IMPORTED_FOOD), required(CONSUMER_PHONE)),

	HEALTH_FOOD(required(PRODUCT_TITLE), required(FOOD_TYPE),
			required(MANUFACTURER_AND_LOCATION, "manufacturerAndLocation"), required(MADE_DATE_AND_EXPIRY),
			required(CONTENT_AMOUNT), required(RAW_MATERIALS), required(NUTRITION_INFO), required(FUNCTION_INFO),
			required(INTAKE), required(NOT_MEDICINE), ifApplicable(GMO_HEALTH), ifApplicable(IMPORTED_FOOD),
			required(CONSUMER_PHONE)),

	CHILDREN(required(PRODUCT_MODEL), ifApplicable(KC_CERTIFICATION, "kcChildren"), required(SIZE_AND_WEIGHT),
			required(COLOR), required(SUBSTANCE, "childSubstance"), required(AGE_RANGE), required(RELEASED_YEAR_MONTH),
			required(MAKER, "maker"), required(MADE_IN), required(HANDLING_AND_SAFETY), required(WARRANTY),
			required(AFTER_SERVICE)),

	SPORTS_GOODS(required(PRODUCT_MODEL), required(SIZE_AND_WEIGHT), required(COLOR), required(SUBSTANCE),
			required(COMPOSITION), required(RELEASED_YEAR_MONTH), required(MAKER, "maker"), required(MADE_IN),
			required(DETAILED_SPECS), required(WARRANTY), required(AFTER_SERVICE)),

	OTHER(required(PRODUCT_MODEL), ifApplicable(KC_CERTIFICATION, "kcOther"),
			ifApplicable(LEGAL_CERTIFICATION, "legalCertification"), required(MADE_IN_OR_ORIGIN),
			required(MAKER, "maker"), required(AFTER_SERVICE_OR_PHONE));

	/**
	 * The group a category's goods usually belong to, suggested to the seller (who may
	 * choose another). Categories change only with a migration; a category missing here
	 * suggests "기타 재화".
	 */
	private static final Map<String, NoticeGroup> BY_CATEGORY = Map.ofEntries(
			Map.entry("furniture-interior", FURNITURE), Map.entry("chairs-stools", FURNITURE),
			Map.entry("desks-tables", FURNITURE), Map.entry("storage", FURNITURE),
			Map.entry("lighting", HOME_APPLIANCES), Map.entry("bedding-fabric", BEDDING),
			Map.entry("electronics-digital", HOME_APPLIANCES), Map.entry("kitchen-appliances", HOME_APPLIANCES),
			Map.entry("home-appliances", HOME_APPLIANCES), Map.entry("digital-accessories", SMALL_ELECTRONICS),
			Map.entry("stationery-office", OTHER), Map.entry("notebooks-paper", OTHER), Map.entry("writing", OTHER),
			Map.entry("office-supplies", OTHER), Map.entry("food", PROCESSED_FOOD),
			Map.entry("agricultural", AGRICULTURAL), Map.entry("seafood", AGRICULTURAL),
			Map.entry("processed-food", PROCESSED_FOOD), Map.entry("traditional-food", PROCESSED_FOOD),
			Map.entry("snacks-bakery", PROCESSED_FOOD), Map.entry("drinks-tea", PROCESSED_FOOD),
			Map.entry("fashion-accessories", FASHION_GOODS), Map.entry("clothing", CLOTHING), Map.entry("bags", BAGS),
			Map.entry("shoes", SHOES), Map.entry("jewelry", FASHION_GOODS), Map.entry("living-health", OTHER),
			Map.entry("kitchenware", KITCHENWARE), Map.entry("cleaning-laundry", OTHER),
			Map.entry("health-care", OTHER), Map.entry("masks-hygiene", OTHER), Map.entry("beauty", COSMETICS),
			Map.entry("skincare", COSMETICS), Map.entry("bath-body", COSMETICS),
			Map.entry("sports-leisure", SPORTS_GOODS), Map.entry("camping", SPORTS_GOODS),
			Map.entry("fitness", SPORTS_GOODS), Map.entry("kids-toys", CHILDREN), Map.entry("baby-goods", CHILDREN),
			Map.entry("toys", CHILDREN), Map.entry("pets", OTHER), Map.entry("pet-food", OTHER),
			Map.entry("pet-supplies", OTHER));

	private final List<NoticeField> fields;

	NoticeGroup(NoticeField... fields) {
		this.fields = List.of(fields);
	}

	/** The notice's lines for this group, in its order. */
	public List<NoticeField> fields() {
		return this.fields;
	}

	public Optional<NoticeField> field(String key) {
		return this.fields.stream().filter((field) -> field.key().equals(key)).findFirst();
	}

	/** The message key of the group's name as the notice gives it. */
	public String messageKey() {
		return "notice.group." + name();
	}

	/**
	 * The group a listing of the category most likely belongs to; "기타 재화" when unsure.
	 */
	public static NoticeGroup suggestedFor(String categorySlug) {
		return (categorySlug != null) ? BY_CATEGORY.getOrDefault(categorySlug, OTHER) : OTHER;
	}

	/** The categories with a group of their own (the rest suggest "기타 재화"). */
	static Set<String> categoriesWithGroup() {
		return BY_CATEGORY.keySet();
	}

	/** The group named so, or empty for blank or unknown text. */
	public static Optional<NoticeGroup> named(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter((group) -> group.name().equals(name.strip())).findFirst();
	}

}
