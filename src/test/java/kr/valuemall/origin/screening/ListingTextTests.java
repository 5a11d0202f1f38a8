package kr.valuemall.origin.screening;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How words are found in a listing, without a database.
 */
class ListingTextTests {

	private static final TermRule CHINA_MADE = new TermRule(TermKind.IMPORT_PHRASE, "중국산", 60);

	private static final TermRule IMPORT = new TermRule(TermKind.IMPORT_PHRASE, "수입", 50);

	private static final TermRule IMPORTED_GOODS = new TermRule(TermKind.IMPORT_PHRASE, "수입산", 60);

	private static final TermRule BRAUN = new TermRule(TermKind.FOREIGN_BRAND, "Braun", 50);

	private static final TermRule SONY_HANGUL = new TermRule(TermKind.FOREIGN_BRAND, "소니", 50);

	private static final TermRule MADE_IN_CHINA = new TermRule(TermKind.IMPORT_PHRASE, "Made in China", 60);

	private static final TermRule CHINA = new TermRule(TermKind.FOREIGN_PLACE, "China", 60);

	private static final TermRule DOMESTIC = new TermRule(TermKind.SAFE_PHRASE, "국산", 0);

	private static final TermRule NO_IMPORT = new TermRule(TermKind.SAFE_PHRASE, "수입 없이", 0);

	private static final List<TermRule> SCORING = List.of(CHINA_MADE, IMPORT, IMPORTED_GOODS, BRAUN, SONY_HANGUL,
			MADE_IN_CHINA, CHINA);

	private static List<TermRule> found(String text) {
		return List.copyOf(ListingText.of(text).find(SCORING, List.of(DOMESTIC, NO_IMPORT), SCORING).keySet());
	}

	@Test
	void hangulMatchesWhateverTheSpacing() {
		assertThat(found("중국 산 고춧가루")).containsExactly(CHINA_MADE);
		assertThat(found("중 국 산")).containsExactly(CHINA_MADE);
	}

	@Test
	void aSafePhraseHidesWhatItHolds() {
		assertThat(found("국산 콩 두부")).isEmpty();
		assertThat(found("수입 없이 우리 땅에서 키운")).isEmpty();
		assertThat(found("중국산 아닌 국산")).containsExactly(CHINA_MADE);
	}

	@Test
	void aMatchAcrossASpaceMustNotStartOrStopInsideAWord() {
		TermRule usMade = new TermRule(TermKind.IMPORT_PHRASE, "미국산", 60);
		TermRule importer = new TermRule(TermKind.IMPORT_PHRASE, "수입원", 60);
		List<TermRule> terms = List.of(usMade, importer);
		// 수세미 국산: the end of 수세미 and 국산 are no 미국산; 수입 원료 is no 수입원.
		assertThat(ListingText.of("천연 수세미 국산 루파").find(terms, List.of(), terms)).isEmpty();
		assertThat(ListingText.of("수입 원료를 가공").find(terms, List.of(), terms)).isEmpty();
		// Spaced out on their own, they are still read.
		assertThat(ListingText.of("원산지 미국 산").find(terms, List.of(), terms)).containsOnlyKeys(usMade);
		assertThat(ListingText.of("수입 원: 한빛무역").find(terms, List.of(), terms)).containsOnlyKeys(importer);
	}

	@Test
	void aLongerMatchHidesTheShorterOneInside() {
		assertThat(found("수입산 소고기")).containsExactly(IMPORTED_GOODS);
		assertThat(found("Made in China tumbler")).containsExactly(MADE_IN_CHINA);
		assertThat(found("수입차 방향제")).containsExactly(IMPORT);
	}

	@Test
	void latinMatchesWholeWordsWhateverTheCase() {
		assertThat(found("BRAUN shaver")).containsExactly(BRAUN);
		assertThat(found("Braun면도기")).containsExactly(BRAUN);
		assertThat(found("brown leather wallet")).isEmpty();
		assertThat(found("Chinatown")).isEmpty();
		assertThat(found("B raun")).as("Latin letters are not spread over spaces").isEmpty();
		assertThat(found("made  in\nchina")).containsExactly(MADE_IN_CHINA);
	}

	@Test
	void aWordWithACharacterTheTextLacksIsNeverSearchedAndCaseNeverHidesAMatch() {
		assertThat(ListingText.of("BRAUN 면도기").mayContain("braun")).isTrue();
		assertThat(ListingText.of("BRAUN 면도기").mayContain("소니")).isFalse();
		assertThat(ListingText.of("중국 산").mayContain("중국산")).isTrue();
		// Letters a case-insensitive pattern takes as the same: the long s and s, the
		// Kelvin sign and k, the final sigma and sigma.
		List<List<String>> sameToAPattern = List.of(List.of("ſtrap", "STRAP"), List.of("STRAP", "ſtrap"),
				List.of("kelvin", "\u212Aelvin"), List.of("\u212Aelvin", "KELVIN"), List.of("ΟΔΟΣ", "οδος"),
				List.of("οδοσ", "οδος"));
		for (List<String> pair : sameToAPattern) {
			TermRule word = new TermRule(TermKind.IMPORT_PHRASE, pair.get(0), 50);
			ListingText text = ListingText.of("정품 " + pair.get(1) + " 세트");
			assertThat(ListingText.pattern(word).matcher(text.text()).find()).as(pair.toString()).isTrue();
			assertThat(text.mayContain(pair.get(0))).as(pair.toString()).isTrue();
		}
	}

	@Test
	void aHangulBrandMustStartAWord() {
		assertThat(found("소니 헤드폰")).containsExactly(SONY_HANGUL);
		assertThat(found("정품 소니")).containsExactly(SONY_HANGUL);
		assertThat(found("페르소니아 향수")).isEmpty();
	}

	@Test
	void theSameTextMakesTheSameFingerprintWhateverItsSpacingCaseOrPunctuation() {
		assertThat(OriginScreening.fingerprint("무선 이어폰 X1", "고음질, 블루투스 5.3!"))
			.isEqualTo(OriginScreening.fingerprint("무선이어폰x1", "고음질 블루투스53"))
			.isNotEqualTo(OriginScreening.fingerprint("무선 이어폰 X2", "고음질, 블루투스 5.3!"));
	}

}
