package kr.valuemall.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import kr.valuemall.web.KoreanParticles.Ending;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pair forms a Korean message writes after a placeholder become the particle a Korean
 * reader expects after the word that was filled in.
 */
class KoreanParticlesTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			130,000원을(를) 할인했습니다     | 130,000원을 할인했습니다
			사과을(를) 담았습니다            | 사과를 담았습니다
			가방이(가) 도착했습니다          | 가방이 도착했습니다
			배이(가) 도착했습니다            | 배가 도착했습니다
			가치몰은(는) 운영합니다          | 가치몰은 운영합니다
			나무은(는) 좋습니다              | 나무는 좋습니다
			사과과(와) 배                    | 사과와 배
			가방과(와) 신발                  | 가방과 신발
			서울(으)로 보냅니다              | 서울로 보냅니다
			부산(으)로 보냅니다              | 부산으로 보냅니다
			제주(으)로 보냅니다              | 제주로 보냅니다
			가격은 5,000원이에요(예요)       | 가격은 5,000원이에요
			이건 사과이에요(예요)            | 이건 사과예요
			10,000원이었(였)을 것입니다      | 10,000원이었을 것입니다
			사과이었(였)을 것입니다          | 사과였을 것입니다
			가방(이)나 신발                  | 가방이나 신발
			사과(이)나 배                    | 사과나 배
			사과를(을) 샀습니다              | 사과를 샀습니다
			가방를(을) 샀습니다              | 가방을 샀습니다
			서울으로(로) 가요                | 서울로 가요
			""")
	void keepsTheFormThatAgreesWithTheWordBefore(String written, String expected) {
		assertThat(KoreanParticles.resolve(written)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			0      | CONSONANT
			1      | RIEUL
			2      | VOWEL
			3      | CONSONANT
			4      | VOWEL
			5      | VOWEL
			6      | CONSONANT
			7      | RIEUL
			8      | RIEUL
			9      | VOWEL
			10     | CONSONANT
			11     | RIEUL
			20     | CONSONANT
			100    | CONSONANT
			1000   | CONSONANT
			1,000  | CONSONANT
			10000  | CONSONANT
			130,000 | CONSONANT
			1,000,000,000,000 | VOWEL
			12,000,000,000,000 | VOWEL
			100000000 | CONSONANT
			3.5    | VOWEL
			2.0    | CONSONANT
			0.7    | RIEUL
			42     | VOWEL
			1,002  | VOWEL
			""")
	void readsNumbersAsTheyAreSpoken(String number, Ending ending) {
		assertThat(KoreanParticles.endingOf(number, number.length())).isEqualTo(ending);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			사과      | VOWEL
			가방      | CONSONANT
			서울      | RIEUL
			LG        | VOWEL
			KTX       | VOWEL
			URL       | RIEUL
			HTML      | RIEUL
			CEO       | VOWEL
			PM        | CONSONANT
			N         | CONSONANT
			R         | RIEUL
			Google    | RIEUL
			Apple     | VOWEL
			mall      | RIEUL
			Naver     | VOWEL
			app       | CONSONANT
			book      | CONSONANT
			desk      | VOWEL
			chat      | CONSONANT
			gift      | VOWEL
			web       | CONSONANT
			long      | CONSONANT
			Kakao     | VOWEL
			Facebook  | CONSONANT
			3kg       | CONSONANT
			500ml     | VOWEL
			2L        | VOWEL
			PAGE2024L | RIEUL
			A4        | VOWEL
			30cm      | VOWEL
			13%       | VOWEL
			‘사과’    | VOWEL
			「가방」  | CONSONANT
			(서울)    | RIEUL
			"LG"      | VOWEL
			""")
	void readsWordsLettersAndUnits(String word, Ending ending) {
		assertThat(KoreanParticles.endingOf(word, word.length())).isEqualTo(ending);
	}

	@Test
	void leavesThePairFormWhereTheSoundIsUnknown() {
		assertThat(KoreanParticles.resolve("을(를) 확인하세요")).isEqualTo("을(를) 확인하세요");
		assertThat(KoreanParticles.resolve("韓國을(를) 보세요")).isEqualTo("韓國을(를) 보세요");
		assertThat(KoreanParticles.resolve("상품 (으)로 이동")).isEqualTo("상품 (으)로 이동");
	}

	@Test
	void resolvesEveryPairInASentenceAgainstWhatWasResolvedBeforeIt() {
		assertThat(KoreanParticles.resolve("쿠폰 WELCOME3000을(를) 썼고 3,000원이(가) 빠져 27,000원(으)로 결제했습니다."))
			.isEqualTo("쿠폰 WELCOME3000을 썼고 3,000원이 빠져 27,000원으로 결제했습니다.");
		assertThat(KoreanParticles.resolve("담을 때 9,900원(이)던 가격이 12,000원(으)로 바뀌었습니다."))
			.isEqualTo("담을 때 9,900원이던 가격이 12,000원으로 바뀌었습니다.");
	}

	@Test
	void leavesTextWithoutPairFormsAlone() {
		String text = "가치몰(정부)이 부담합니다. 로그인(필수)이 필요합니다. (이하 \"회사\")";
		assertThat(KoreanParticles.resolve(text)).isSameAs(text);
		assertThat(KoreanParticles.resolve(null)).isNull();
		assertThat(KoreanParticles.resolve("Pick item(s) (optional)")).isEqualTo("Pick item(s) (optional)");
	}

}
