package kr.valuemall.settlement;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CommissionCalculatorTests {

	private final CommissionCalculator calculator = new CommissionCalculator(
			new CommissionProperties(300, LocalDate.of(2026, 1, 1), 1300, List.of()));

	@ParameterizedTest(name = "{0}원 → commission {1}원, seller {2}원")
	@CsvSource({ "9999, 299, 9700", "1, 0, 1", "33, 0, 33", "34, 1, 33", "100, 3, 97", "0, 0, 0",
			"1000000, 30000, 970000", "54000, 1620, 52380" })
	void commissionIsRoundedDownAndTheSellerKeepsTheExactRest(long amount, long commission, long sellerShare) {
		CommissionSplit split = this.calculator.split(amount);
		assertThat(split.commission()).isEqualTo(commission);
		assertThat(split.sellerShare()).isEqualTo(sellerShare);
		assertThat(split.commission() + split.sellerShare()).isEqualTo(amount);
		assertThat(split.rateBps()).isEqualTo(300);
	}

	@ParameterizedTest
	@CsvSource({ "1000000, 130000", "9999, 1299" })
	void privateMallReferenceUsesItsOwnRate(long amount, long commission) {
		assertThat(this.calculator.privateMallSplit(amount).commission()).isEqualTo(commission);
	}

	@ParameterizedTest
	@CsvSource({ "300, 3", "1300, 13", "350, 3.5", "275, 2.75" })
	void rateIsShownAsAPercentage(int bps, String percent) {
		assertThat(CommissionCalculator.split(0, bps).ratePercent()).isEqualTo(percent);
	}

}
