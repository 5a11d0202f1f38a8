package kr.valuemall.catalog.notice;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notice's product groups and their lines: every group the issue names is there with
 * the lines as the Fair Trade Commission's notice words them, each line and group has its
 * words in Korean and English, KC numbers are asked for where the notice asks, and what a
 * notice must say to be saved or to go on sale.
 */
class NoticeCatalogueTests {

	static Properties korean;

	static Properties english;

	@BeforeAll
	static void loadBundles() throws IOException {
		korean = bundle("messages_ko.properties");
		english = bundle("messages_en.properties");
	}

	@Test
	void theGroupsTheIssueNamesAreAllThereWithTheirNoticeNames() {
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("CLOTHING", "의류");
		expected.put("SHOES", "구두/신발");
		expected.put("BAGS", "가방");
		expected.put("FASHION_GOODS", "패션잡화(모자/벨트/액세서리)");
		expected.put("BEDDING", "침구류/커튼");
		expected.put("FURNITURE", "가구(침대/소파/싱크대/DIY제품)");
		expected.put("KITCHENWARE", "주방용품");
		expected.put("COSMETICS", "화장품");
		expected.put("HOME_APPLIANCES", "가정용 전기제품(냉장고/세탁기/식기세척기/전자레인지 등)");
		expected.put("PROCESSED_FOOD", "가공식품");
		expected.put("HEALTH_FOOD", "건강기능식품");
		expected.put("AGRICULTURAL", "농수산물");
		expected.put("CHILDREN", "어린이제품");
		expected.put("OTHER", "기타 재화");
		expected.forEach((name, label) -> {
			NoticeGroup group = NoticeGroup.named(name).orElseThrow(() -> new AssertionError("missing group " + name));
			assertThat(korean.getProperty(group.messageKey())).as(name).isEqualTo(label);
		});
	}

	@Test
	void linesAreNamedAsTheNoticeNamesThem() {
		assertThat(koreanLabels(NoticeGroup.CLOTHING)).containsExactly("제품 소재", "색상", "치수", "제조자(수입자)", "제조국",
				"세탁방법 및 취급시 주의사항", "제조연월", "품질보증기준", "A/S 책임자와 전화번호");
		assertThat(koreanLabels(NoticeGroup.PROCESSED_FOOD)).containsExactly("제품명", "식품의 유형", "생산자 및 소재지",
				"제조연월일, 소비기한 또는 품질유지기한", "포장단위별 내용물의 용량(중량), 수량", "원재료명 및 함량", "영양성분", "유전자변형식품에 해당하는 경우의 표시",
				"소비자 안전을 위한 주의사항", "수입식품에 해당하는 경우 「수입식품안전관리 특별법」에 따른 수입신고를 필함의 문구", "소비자상담 관련 전화번호");
		assertThat(koreanLabels(NoticeGroup.HOME_APPLIANCES)).containsExactly("품명 및 모델명", "KC 인증 정보", "정격전압, 소비전력",
				"에너지소비효율등급", "동일모델의 출시년월", "제조자(수입자)", "제조국", "크기", "품질보증기준", "A/S 책임자와 전화번호");
		assertThat(koreanLabels(NoticeGroup.OTHER)).contains("품명 및 모델명", "법에 의한 인증·허가 등을 받았음을 확인할 수 있는 경우 그에 대한 사항",
				"제조국 또는 원산지", "A/S 책임자와 전화번호 또는 소비자상담 관련 전화번호");
	}

	@Test
	void everyGroupLineAndHintHasItsWordsInKoreanAndEnglish() {
		List<String> missing = new ArrayList<>();
		for (NoticeGroup group : NoticeGroup.values()) {
			assertThat(group.fields()).as(group.name()).hasSizeGreaterThanOrEqualTo(5);
			assertThat(group.fields().stream().map(NoticeField::key).distinct()).as(group + " lines are distinct")
				.hasSameSizeAs(group.fields());
			List<String> keys = new ArrayList<>(List.of(group.messageKey()));
			for (NoticeField field : group.fields()) {
				keys.add(field.labelKey());
				if (field.hintKey() != null) {
					keys.add(field.hintKey());
				}
			}
			for (String key : keys) {
				if (isBlank(korean.getProperty(key)) || isBlank(english.getProperty(key))) {
					missing.add(group + ": " + key);
				}
			}
		}
		for (NoticeItem item : NoticeItem.values()) {
			if (isBlank(korean.getProperty(item.messageKey())) || isBlank(english.getProperty(item.messageKey()))) {
				missing.add(item.messageKey());
			}
		}
		assertThat(missing).isEmpty();
		for (String key : List.of("notice.problem.groupRequired", "notice.problem.required", "notice.problem.tooLong",
				"notice.problem.kcNumber", "notice.problem.notKorea")) {
			assertThat(korean.getProperty(key)).as(key).isNotBlank();
			assertThat(english.getProperty(key)).as(key).isNotBlank();
		}
	}

	@Test
	void everyLineIsUsedByAGroupAndKeysAreStable() {
		List<NoticeItem> used = Arrays.stream(NoticeGroup.values())
			.flatMap((group) -> group.fields().stream())
			.map(NoticeField::item)
			.distinct()
			.toList();
		assertThat(used).containsExactlyInAnyOrder(NoticeItem.values());
		assertThat(NoticeItem.ofKey("material")).contains(NoticeItem.MATERIAL);
		assertThat(NoticeItem.ofKey("kcCertification")).contains(NoticeItem.KC_CERTIFICATION);
		assertThat(NoticeItem.ofKey("no-such-line")).isEmpty();
	}

	@Test
	void aKcNumberIsAskedForWhereTheNoticeAsksAndOnlyWhereItApplies() {
		List<NoticeGroup> withKc = Arrays.stream(NoticeGroup.values())
			.filter((group) -> group.field("kcCertification").isPresent())
			.toList();
		assertThat(withKc).contains(NoticeGroup.FURNITURE, NoticeGroup.HOME_APPLIANCES, NoticeGroup.SMALL_ELECTRONICS,
				NoticeGroup.KITCHENWARE, NoticeGroup.CHILDREN, NoticeGroup.OTHER);
		assertThat(withKc).doesNotContain(NoticeGroup.CLOTHING, NoticeGroup.PROCESSED_FOOD, NoticeGroup.COSMETICS);
		for (NoticeGroup group : withKc) {
			NoticeField kc = group.field("kcCertification").orElseThrow();
			assertThat(kc.required()).as(group + ": 해당 시").isFalse();
			assertThat(kc.hintKey()).as(group + " says when it applies").isNotNull();
		}
	}

	@Test
	void everyCategoryOfTheMallSuggestsAGroup() throws IOException {
		String categories = Files.readString(Path.of("src/main/resources/db/migration/V3__create_category_tables.sql"));
		Matcher slug = Pattern.compile("\\(\\s*(?:NULL|'[a-z-]+'),\\s*'([a-z-]+)',").matcher(categories);
		List<String> slugs = new ArrayList<>();
		while (slug.find()) {
			slugs.add(slug.group(1));
		}
		assertThat(slugs).hasSizeGreaterThan(40);
		assertThat(NoticeGroup.categoriesWithGroup()).containsExactlyInAnyOrderElementsOf(slugs);
		assertThat(NoticeGroup.suggestedFor("clothing")).isEqualTo(NoticeGroup.CLOTHING);
		assertThat(NoticeGroup.suggestedFor("processed-food")).isEqualTo(NoticeGroup.PROCESSED_FOOD);
		assertThat(NoticeGroup.suggestedFor("toys")).isEqualTo(NoticeGroup.CHILDREN);
		assertThat(NoticeGroup.suggestedFor("a-category-added-later")).isEqualTo(NoticeGroup.OTHER);
	}

	@Test
	void aDraftMayLeaveLinesBlankButNotWriteThemWrong() {
		Map<String, String> typed = new HashMap<>();
		typed.put("kcCertification", "KC 인증 받음");
		typed.put("color", "가".repeat(NoticeRules.MAX_LENGTH + 1));
		assertThat(NoticeRules.check(NoticeGroup.FURNITURE, typed, false))
			.extracting(NoticeProblem::field, NoticeProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("kcCertification", "notice.problem.kcNumber"),
					org.assertj.core.groups.Tuple.tuple("color", "notice.problem.tooLong"));
		assertThat(NoticeRules.check(NoticeGroup.FURNITURE, Map.of(), false)).isEmpty();
		assertThat(NoticeRules.check(null, Map.of(), false)).isEmpty();
	}

	@Test
	void goingOnSaleNeedsTheGroupEveryRequiredLineAndKorea() {
		assertThat(NoticeRules.check(null, Map.of(), true)).extracting(NoticeProblem::field)
			.containsExactly(NoticeProblem.GROUP);
		List<String> required = NoticeGroup.FURNITURE.fields()
			.stream()
			.filter(NoticeField::required)
			.map(NoticeField::key)
			.toList();
		assertThat(NoticeRules.check(NoticeGroup.FURNITURE, Map.of(), true)).extracting(NoticeProblem::field)
			.containsExactlyElementsOf(required)
			.doesNotContain("kcCertification");

		Map<String, String> complete = new HashMap<>();
		required.forEach((key) -> complete.put(key, "내용"));
		complete.put("madeIn", "중국");
		assertThat(NoticeRules.check(NoticeGroup.FURNITURE, complete, true))
			.extracting(NoticeProblem::field, NoticeProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("madeIn", "notice.problem.notKorea"));
		complete.put("madeIn", "대한민국 (경기도 양평)");
		assertThat(NoticeRules.check(NoticeGroup.FURNITURE, complete, true)).isEmpty();
		assertThat(ProductNotice.of(NoticeGroup.FURNITURE, complete).isComplete()).isTrue();
		assertThat(ProductNotice.NONE.isComplete()).isFalse();
	}

	@Test
	void kcNumbersAreLettersDigitsAndHyphens() {
		assertThat(NoticeRules.isKcNumber("CB063R1234-0001")).isTrue();
		assertThat(NoticeRules.isKcNumber("YU10012-19001, HU07123-20002")).isTrue();
		assertThat(NoticeRules.isKcNumber("R-R-ABC-XYZ123")).isTrue();
		assertThat(NoticeRules.isKcNumber("인증 완료")).isFalse();
		assertThat(NoticeRules.isKcNumber("CB063R1234_0001")).isFalse();
		assertThat(NoticeRules.isKcNumber("ABC-DEF")).as("a number has digits").isFalse();
		assertThat(NoticeRules.isKcNumber("-0001")).isFalse();
	}

	@Test
	void aNoticeKeepsOnlyItsGroupsLinesTrimmed() {
		ProductNotice notice = ProductNotice.of(NoticeGroup.BAGS,
				Map.of("kind", "  크로스백 ", "material", "면 100%", "color", "   "));
		assertThat(notice.values()).containsExactly(Map.entry("kind", "크로스백"));
		assertThat(notice.rows()).hasSize(NoticeGroup.BAGS.fields().size());
		assertThat(ProductNotice.of(null, Map.of("kind", "크로스백"))).isEqualTo(ProductNotice.NONE);
	}

	@Test
	void theBulkUploadReadsLinesAndProblemsInKorean() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		NoticeCatalogue catalogue = new NoticeCatalogue(messages);
		List<NoticeCatalogue.Line> lines = catalogue.linesOf(NoticeGroup.CHILDREN, Locale.KOREAN);
		assertThat(lines.get(0)).isEqualTo(new NoticeCatalogue.Line("productModel", "품명 및 모델명", null, true, false));
		assertThat(lines.get(1).label()).isEqualTo("KC 인증 정보");
		assertThat(lines.get(1).kcNumber()).isTrue();
		assertThat(lines.get(1).required()).isFalse();
		assertThat(lines.get(1).hint()).contains("어린이제품 안전 특별법");
		assertThat(catalogue.nameOf(NoticeGroup.CHILDREN, Locale.ENGLISH)).isEqualTo("Children's products");

		Map<String, String> values = new HashMap<>();
		values.put("kcCertification", "없음");
		assertThat(catalogue.check(NoticeGroup.CHILDREN, values, true, Locale.KOREAN)).first()
			.isEqualTo(new NoticeCatalogue.Problem("productModel", "‘품명 및 모델명’ 항목을 입력해 주세요."));
		assertThat(catalogue.check(NoticeGroup.CHILDREN, values, false, Locale.KOREAN))
			.containsExactly(new NoticeCatalogue.Problem("kcCertification",
					"KC 인증번호는 영문, 숫자, 하이픈(-)으로 적어 주세요. 예: CB063R1234-0001 (여러 개는 쉼표로 구분)"));
		assertThat(catalogue.check(NoticeGroup.BAGS, Map.of("kind", "가".repeat(1001)), false, Locale.KOREAN))
			.containsExactly(new NoticeCatalogue.Problem("kind", "1000자까지 입력할 수 있습니다."));
	}

	private static List<String> koreanLabels(NoticeGroup group) {
		return group.fields().stream().map((field) -> korean.getProperty(field.labelKey())).toList();
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStreamReader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
