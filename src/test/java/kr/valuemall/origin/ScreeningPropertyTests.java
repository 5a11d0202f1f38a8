package kr.valuemall.origin;

import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import kr.valuemall.origin.screening.OriginScreening;
import kr.valuemall.origin.screening.RuleBook;
import kr.valuemall.origin.screening.ScreeningSettings;
import kr.valuemall.origin.screening.TermKind;
import kr.valuemall.origin.screening.TermRule;
import kr.valuemall.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screening reads whatever a seller types, and a seller's typing is not a sentence: any
 * run of labels, places, certificates, brackets, digits and line breaks, in any order and
 * cut anywhere, is screened to an outcome, never an exception (the seller would see an
 * error page, and the listing would be neither live nor held).
 */
class ScreeningPropertyTests {

	private static final RuleBook BOOK = new RuleBook(new ScreeningSettings(60, 3, 3, 60, 10, 10, 30, 40, 20, 60),
			List.of(new TermRule(TermKind.IMPORT_PHRASE, "수입산", 60), new TermRule(TermKind.FOREIGN_BRAND, "파나소닉", 50),
					new TermRule(TermKind.IMPORT_CHANNEL, "통관", 60),
					new TermRule(TermKind.CROSS_BORDER_SLANG, "알리", 60), new TermRule(TermKind.FOREIGN_PLACE, "이우", 60),
					new TermRule(TermKind.SAFE_PHRASE, "국산 콩", 0), new TermRule(TermKind.RESELLER_PHRASE, "수입", 0),
					new TermRule(TermKind.MAKER_PHRASE, "직접 만든", 0)),
			Map.of());

	/**
	 * The pieces listings are made of, in groups, the ones the reading rules look around
	 * most: a piece is drawn from a group drawn first, so that a place, a line break and
	 * a certificate meet often enough.
	 */
	private static final List<List<String>> PIECES = List.of(
			List.of("원산지", "제조국", "제조사", "제조업자", "출고지", "출발지", "소재지", "산지", "생산", "가공", "로스팅", "블렌딩", "원재료", "(원재료: ",
					"Made in", "바코드", "JAN 코드"),
			List.of("중국", "중국산", "베트남", "도쿄", "웨이하이", "선전", "성수", "고진", "다카", "인도", "가나", "China", "미국", "필리핀산)",
					"상해법인"),
			List.of(":", ": ", "/", "(", ")", "（", "）", "[", "]", ".", ",", "!", "?", "\n", " ", "  ", "|", "※"),
			List.of("KC", "FCC", "FDA", "HACCP", "인증", "GB 4806", "KN95", "라인에서", "등록", "규격"),
			List.of("대한민국", "국내", "국산", "경기", "파주", "부산", "저희", "자사", "공장", "공방", "매장", "에서", "생산합니다", "만든", "구운",
					"들여와", "들여왔습니다", "수출", "밀가루", "보다", "없는", "아닌", "오해", "파는 곳이 많아서", "한글 라벨", "붙여", "독일어", "그대로"),
			List.of("25LB", "6923457801126", "8801234567893", "$29.99", "138元", "환율에 따라", "판매가", "체리", "1월", "제철", "수확",
					"Co., Ltd.", "有限公司", "유한공사", "2~3주", "10일", "e", "가", "1"));

	@Property(tries = 600)
	void anyTextIsScreenedToAnOutcome(@ForAll("texts") String name, @ForAll("texts") String description,
			@ForAll("texts") String manufacturer) {
		ListingDeclaration declaration = new ListingDeclaration(1, 1, "상점", "kitchenware", name, description, 10_000,
				OriginKind.DOMESTIC, null, manufacturer, Region.SEOUL, MakerRole.MAKER, true);

		ScreeningOutcome outcome = OriginScreening.screen(declaration, BOOK, 0, 0);

		assertThat(outcome.status()).isIn(ReviewStatus.LIVE, ReviewStatus.HELD);
		assertThat(outcome.score()).isEqualTo(outcome.reasons().stream().mapToInt(ScreeningReason::points).sum());
	}

	@Provide
	Arbitrary<String> texts() {
		Arbitrary<String> piece = Arbitraries.of(PIECES).flatMap(Arbitraries::of);
		return piece.list().ofMaxSize(24).map((pieces) -> String.join("", pieces));
	}

}
