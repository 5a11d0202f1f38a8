package kr.valuemall.catalog.listing;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.valuemall.catalog.notice.NoticeField;
import kr.valuemall.catalog.notice.NoticeGroup;
import kr.valuemall.catalog.notice.NoticeItem;
import kr.valuemall.catalog.notice.ProductNotice;
import kr.valuemall.seller.StoreSummary;

/**
 * Plausible product information notices for the demo's listings, written from what each
 * listing says (its name, category, store and price) so every demo product page shows a
 * full notice table. Every required line is filled; "해당 시" lines only where they apply.
 */
final class DemoNotices {

	private static final Pattern AMOUNT = Pattern
		.compile("(\\d+(?:\\.\\d+)?\\s*(?:kg|g|ml|L|매|개입|켤레|병|포|마리|권|자루|개|장|인분|pcs)(?:\\s*\\d+\\s*(?:병|개|포))?)");

	private DemoNotices() {
	}

	/**
	 * The notice of a demo listing.
	 * @param regionName the Korean name of the region the goods are made in
	 * @param month the month the demo runs in (from the mall's clock)
	 * @param serial a number distinct per listing, for model and certification numbers
	 */
	static ProductNotice of(StoreSummary store, String categorySlug, String name, long shippingFee, String regionName,
			YearMonth month, int serial) {
		NoticeGroup group = groupOf(categorySlug, name);
		Facts facts = new Facts(store, name, shippingFee, regionName, month, serial);
		Map<String, String> values = new LinkedHashMap<>();
		for (NoticeField field : group.fields()) {
			String value = facts.value(group, field.item());
			if (value != null) {
				values.put(field.key(), value);
			}
		}
		return ProductNotice.of(group, values);
	}

	/**
	 * The category's group, except for the odd demo item that sits in a broad category.
	 */
	static NoticeGroup groupOf(String categorySlug, String name) {
		if (name.contains("호미")) {
			return NoticeGroup.OTHER;
		}
		return NoticeGroup.suggestedFor(categorySlug);
	}

	private record Facts(StoreSummary store, String name, long shippingFee, String region, YearMonth month,
			int serial) {

		String value(NoticeGroup group, NoticeItem item) {
			return switch (item) {
				case PRODUCT_NAME, PRODUCT_TITLE, ITEM_NAME, PACK_COMPOSITION -> this.name;
				case PRODUCT_MODEL -> this.name + " / 모델명 " + modelCode();
				case MATERIAL -> fabric(group);
				case SHOE_MATERIAL -> "겉감 소가죽, 안감 돼지가죽, 밑창 고무";
				case MATERIALS -> has("캔버스") ? "면 캔버스, 소가죽 손잡이" : has("가죽", "지갑", "크로스백", "토트백", "숄더백")
						? "소가죽(겉감), 면(안감)" : has("자개", "나전") ? "자개, 옻칠한 목재, 거울 유리" : has("실크") ? "실크 100%" : "천연 소재";
				case MAIN_MATERIAL -> wood() + ", 천연 오일 마감";
				case SUBSTANCE -> substance();
				case COLOR -> has("양말") ? "흰색, 검정, 회색 (혼합 구성)"
						: has("가죽", "지갑", "크로스백", "토트백", "숄더백") ? "브라운" : "자연 그대로의 색 (사진 참조)";
				case SIZE -> has("양말") ? (has("아동") ? "180~220mm" : "230~270mm (프리 사이즈)")
						: has("이불") ? "150 x 200 cm (퀸)" : has("방석") ? "45 x 45 cm" : "가로 10 x 세로 14 cm";
				case FOOT_LENGTH -> "230~280mm (5mm 단위)";
				case HEEL_HEIGHT, ENERGY_EFFICIENCY, IMPORT_DECLARATION, IMPORTED_FOOD, GMO, GMO_HEALTH,
						FUNCTIONAL_REVIEW ->
					null;
				case DIMENSIONS -> dimensions(group);
				case SIZE_AND_WEIGHT,
						SIZE_AND_MASS ->
					has("블록") ? "블록 한 변 3~9 cm, 전체 1.4 kg"
							: has("치발기") ? "가로 8 x 세로 6 cm, 40 g" : has("테이블") ? "펼침 70 x 50 x 45 cm, 3.1 kg"
									: has("화로대") ? "45 x 45 x 30 cm, 4.8 kg" : "가로 20 x 세로 15 cm, 0.5 kg";
				case KIND -> has("크로스백") ? "크로스백" : has("토트백", "숄더백") ? "토트백"
						: has("카드지갑") ? "카드지갑" : has("반지갑") ? "반지갑" : has("거울") ? "손거울" : has("스카프") ? "스카프" : "잡화";
				case COMPOSITION, COMPONENTS ->
					has("세트", "3종", "2인", "블록", "5켤레", "10켤레", "6켤레") ? this.name + " 구성 그대로" : "본품 1개";
				case MAKER, PRODUCER -> this.store.businessName();
				case MADE_IN -> "대한민국";
				case MADE_IN_OR_ORIGIN -> "대한민국 (" + this.region + ")";
				case ORIGIN -> "국내산 (" + this.region + ")";
				case CARE_INSTRUCTIONS ->
					has("모시") ? "중성세제로 손세탁하고 그늘에 말려 주세요. 표백제는 쓰지 마세요." : "30℃ 이하 물에 세탁망에 넣어 세탁하고, 건조기 사용은 피해 주세요.";
				case HANDLING_CAUTIONS -> "물기와 직사광선을 피해 보관하고, 오염은 마른 천으로 닦아 주세요.";
				case MADE_YEAR_MONTH -> label(this.month.minusMonths(1));
				case RELEASED_YEAR_MONTH -> label(this.month.minusMonths(8));
				case WARRANTY -> "소비자분쟁해결기준(공정거래위원회 고시)에 따라 교환 또는 환불해 드립니다.";
				case AFTER_SERVICE, AFTER_SERVICE_OR_PHONE -> this.store.storeName() + " 고객 상담 " + this.store.phone();
				case CONSUMER_PHONE -> this.store.phone();
				case KC_CERTIFICATION -> kcNumber(group);
				case LEGAL_CERTIFICATION ->
					has("마스크") ? "식품의약품안전처 의약외품 품목허가 (보건용 마스크 KF94)" : has("캔들", "디퓨저") ? "생활화학제품 안전확인 신고번호 HB"
							+ (20 + this.serial % 7) + "-12-" + String.format("%05d", 1000 + this.serial) : null;
				case DELIVERY_INSTALLATION_COST -> (this.shippingFee == 0) ? "무료 배송, 조립이 필요 없는 완제품입니다."
						: "배송비 " + String.format("%,d", this.shippingFee) + "원, 조립이 필요 없는 완제품입니다.";
				case RATED_VOLTAGE_POWER -> "AC 220V, 60Hz / 소비전력 6W (LED 전구 포함)";
				case MAIN_SPECS, DETAILED_SPECS -> has("테이블") ? "접이식, 상판 내하중 30kg, 수납 가방 포함"
						: has("화로대") ? "1.5mm 스테인리스 판, 분리형 숯받침, 수납 가방 포함" : "상품 설명의 사양과 같습니다.";
				case VOLUME_OR_WEIGHT, CONTENT_AMOUNT, PACK_CONTENTS -> amount();
				case COSMETIC_SPECS -> "모든 피부용";
				case USE_BY -> "제조일로부터 24개월, 개봉 후 12개월 (제조연월 " + label(this.month.minusMonths(1)) + ")";
				case HOW_TO_USE -> has("립밤") ? "입술에 적당량을 바릅니다." : has("샴푸") ? "젖은 머리에 문질러 거품을 낸 뒤 헹굽니다."
						: has("비누") ? "물에 적셔 거품을 낸 뒤 씻어 냅니다." : "세안 후 적당량을 얼굴에 펴 바릅니다.";
				case COSMETIC_BUSINESSES -> "화장품제조업자·화장품책임판매업자: " + this.store.businessName();
				case ALL_INGREDIENTS -> has("비누") ? "팜유, 코코넛오일, 정제수, 수산화나트륨, 쑥가루, 올리브오일"
						: has("샴푸") ? "소듐코코일이세티오네이트, 해양심층수, 코코넛오일, 글리세린, 판테놀"
								: has("립밤") ? "시어버터, 호호바씨오일, 밀납, 비타민E" : "정제수, 글리세린, 병풀추출물, 부틸렌글라이콜, 세라마이드엔피, 판테놀, 카보머";
				case USAGE_CAUTIONS -> "상처가 있거나 이상이 생기면 사용을 멈추고 전문의와 상담하세요. 어린이 손이 닿지 않는 곳에 보관하세요.";
				case FOOD_TYPE -> foodType();
				case PRODUCER_AND_LOCATION, MANUFACTURER_AND_LOCATION ->
					this.store.businessName() + ", " + this.store.businessAddress();
				case MADE_DATE_AND_EXPIRY -> has("김치", "어묵", "밀키트", "식빵", "닭갈비") ? "제조일로부터 냉장 14일 (주문 후 만들어 보냅니다)"
						: "제조일로부터 12개월 (발송일 기준 소비기한 3개월 이상 남은 상품만 보냅니다)";
				case PACKED_DATE_AND_EXPIRY -> "수확·선별 후 바로 포장해 보냅니다 (포장일: 발송일). 받은 뒤 냉장 보관 7일";
				case INGREDIENTS -> ingredients();
				case NUTRITION -> "100g당 열량 120kcal, 나트륨 450mg, 탄수화물 12g, 당류 2g, 지방 3g, 단백질 9g";
				case SAFETY_CAUTIONS -> group == NoticeGroup.AGRICULTURAL ? "받은 뒤 바로 확인하고 신선할 때 드세요."
						: "이 제품은 대두, 밀, 우유를 사용한 제품과 같은 제조 시설에서 제조하고 있습니다.";
				case RAW_MATERIALS, NUTRITION_INFO, FUNCTION_INFO, INTAKE, NOT_MEDICINE -> "제품 포장의 표시사항과 같습니다.";
				case LEGAL_LABELS -> has("감귤", "한라봉") ? "지리적표시 제주 감귤 (해당 시)" : null;
				case STORAGE -> has("꿀") ? "직사광선을 피해 실온에 보관하세요." : "받은 뒤 냉장 보관하고 빨리 드세요.";
				case AGE_RANGE -> has("치발기") ? "생후 6개월 이상" : "만 3세 이상";
				case HANDLING_AND_SAFETY -> "작은 부품이 있어 만 3세 미만 어린이가 삼킬 위험이 있습니다. 보호자와 함께 사용하고, 물에 오래 담가 두지 마세요.";
			};
		}

		private String fabric(NoticeGroup group) {
			if (group == NoticeGroup.BEDDING) {
				return has("모시") ? "모시(저마) 100%" : has("대나무") ? "대나무 100% (섬유 아님)" : "면 100%";
			}
			return has("수면") ? "폴리에스터 100%" : "면 80%, 나일론 17%, 폴리우레탄 3%";
		}

		private String wood() {
			return has("참나무") ? "참나무 원목"
					: has("호두나무") ? "호두나무 원목" : has("편백") ? "편백 원목" : has("나전") ? "옻칠 목재, 자개" : "국산 원목";
		}

		private String substance() {
			if (has("분청", "백자", "청자", "도자기")) {
				return "도자기 (점토, 천연 유약)";
			}
			if (has("식칼")) {
				return "칼날 탄소강, 손잡이 호두나무";
			}
			if (has("대나무")) {
				return "대나무 (천연 오일 마감)";
			}
			if (has("알루미늄")) {
				return "알루미늄, 스테인리스 연결부";
			}
			if (has("스테인리스")) {
				return "스테인리스강 (STS304)";
			}
			if (has("치발기", "블록", "편백")) {
				return "편백 원목 (무도장)";
			}
			return "통원목 (식품용 오일 마감)";
		}

		private String dimensions(NoticeGroup group) {
			if (group == NoticeGroup.FURNITURE) {
				return has("테이블") ? "가로 90 x 세로 60 x 높이 35 cm" : has("선반") ? "가로 80 x 세로 28 x 높이 90 cm"
						: has("보석함") ? "가로 24 x 세로 16 x 높이 10 cm" : "지름 32 x 높이 45 cm";
			}
			if (group == NoticeGroup.HOME_APPLIANCES) {
				return "지름 15 x 높이 28 cm, 탁상형";
			}
			if (group == NoticeGroup.KITCHENWARE) {
				return has("도마") ? "가로 40 x 세로 25 x 두께 3 cm"
						: has("식칼") ? "칼날 18 cm, 전체 31 cm" : has("찻잔") ? "지름 8 x 높이 6 cm" : "지름 14 x 높이 7 cm";
			}
			return has("지갑") ? "가로 11 x 세로 9 cm" : "가로 30 x 세로 25 x 폭 10 cm";
		}

		private String kcNumber(NoticeGroup group) {
			return switch (group) {
				case HOME_APPLIANCES, SMALL_ELECTRONICS ->
					"SU07" + String.format("%04d", 1000 + this.serial) + "-" + (20000 + this.serial);
				case CHILDREN -> "CB063R" + String.format("%04d", 1000 + this.serial) + "-"
						+ String.format("%04d", this.serial % 10000);
				default -> null;
			};
		}

		private String foodType() {
			List<String[]> types = List.of(new String[] { "된장", "된장" }, new String[] { "간장", "한식간장" },
					new String[] { "고추장", "고추장" }, new String[] { "어묵", "어묵" }, new String[] { "밀키트", "즉석조리식품" },
					new String[] { "닭갈비", "즉석조리식품" }, new String[] { "김치", "배추김치" }, new String[] { "녹차", "침출차" },
					new String[] { "주스", "과·채주스" }, new String[] { "식빵", "빵류" }, new String[] { "빵", "빵류" },
					new String[] { "쿠키", "과자" }, new String[] { "참기름", "참기름" }, new String[] { "들기름", "들기름" });
			for (String[] type : types) {
				if (has(type[0])) {
					return type[1];
				}
			}
			return "기타가공품";
		}

		private String ingredients() {
			if (has("된장")) {
				return "대두 85% (국산), 천일염 15% (국산)";
			}
			if (has("간장")) {
				return "대두 (국산), 천일염 (국산), 정제수";
			}
			if (has("고추장")) {
				return "고춧가루 25% (국산), 찹쌀 (국산), 메줏가루 (국산), 조청, 천일염";
			}
			if (has("어묵", "어묵탕")) {
				return "연육 70% (국산 명태·조기), 밀가루, 감자전분, 대파, 당근, 천일염";
			}
			if (has("김치")) {
				return "배추 80% (국산), 고춧가루 5% (국산), 마늘, 생강, 멸치액젓, 천일염";
			}
			if (has("녹차")) {
				return "녹차잎 100% (전남 보성산)";
			}
			if (has("주스")) {
				return "감귤 100% (제주산)";
			}
			if (has("참기름")) {
				return "참깨 100% (국산)";
			}
			if (has("들기름")) {
				return "들깨 100% (국산)";
			}
			if (has("빵", "쿠키")) {
				return "우리밀 밀가루 (국산), 버터, 달걀, 설탕, 천일염";
			}
			return "닭고기 (국산), 양배추 (국산), 고추장 양념, 떡";
		}

		private String amount() {
			Matcher matcher = AMOUNT.matcher(this.name);
			return matcher.find() ? matcher.group(1) : "1개";
		}

		private String modelCode() {
			String initials = this.store.slug().replaceAll("[^a-z]", "");
			return initials.substring(0, Math.min(3, initials.length())).toUpperCase() + "-"
					+ String.format("%03d", this.serial % 1000);
		}

		private boolean has(String... words) {
			for (String word : words) {
				if (this.name.contains(word)) {
					return true;
				}
			}
			return false;
		}

		private static String label(YearMonth month) {
			return month.getYear() + "년 " + month.getMonthValue() + "월";
		}

	}

}
