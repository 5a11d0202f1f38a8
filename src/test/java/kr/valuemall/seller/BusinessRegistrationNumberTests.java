package kr.valuemall.seller;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessRegistrationNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "1208147521", "120-81-47521", "220-81-62517", "101 81 01844", "214-86-13020",
			"123-45-67891", "617-81-12337", "409-81-23456" })
	void validNumbersAreAcceptedHoweverTheyAreTyped(String typed) {
		assertThat(BusinessRegistrationNumber.parse(typed)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1208147522", "123-45-67890", "220-81-62510", "12345678", "12345678901", "abcdefghij",
			"120-81-4752", "", "617-81-12338" })
	void invalidNumbersAreRefused(String typed) {
		assertThat(BusinessRegistrationNumber.parse(typed)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1208147521" })
	void numbersArePrintedTheKoreanWay(String digits) {
		assertThat(new BusinessRegistrationNumber(digits).formatted()).isEqualTo("120-81-47521");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0000000000" })
	void theCheckDigitFollowsTheNinthDigitRule(String digits) {
		// All zeros: sum 0, check (10 - 0) % 10 = 0, so the rule itself accepts it.
		assertThat(BusinessRegistrationNumber.hasValidCheckDigit(digits)).isTrue();
		assertThat(BusinessRegistrationNumber.hasValidCheckDigit("0000000001")).isFalse();
	}

}
