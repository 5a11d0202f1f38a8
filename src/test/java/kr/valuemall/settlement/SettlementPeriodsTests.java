package kr.valuemall.settlement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.valuemall.settlement.ledger.Bookkeeping;
import kr.valuemall.settlement.ledger.JournalEntry;
import kr.valuemall.settlement.ledger.LedgerAccount;
import kr.valuemall.settlement.runs.SettlementPeriods;
import kr.valuemall.settlement.runs.SettlementProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SettlementPeriodsTests {

	/** 2026-11-01 00:30 in Seoul is still 31 October in UTC. */
	private static final Clock JUST_AFTER_KOREAN_MIDNIGHT = Clock.fixed(Instant.parse("2026-10-31T15:30:00Z"),
			ZoneOffset.UTC);

	@Test
	void monthlyPeriodsFollowKoreanCalendarMonths() {
		SettlementPeriods periods = new SettlementPeriods(new SettlementProperties("MONTHLY", null, null, 1),
				JUST_AFTER_KOREAN_MIDNIGHT);
		assertThat(periods.current()).isEqualTo(period("2026-11-01", "2026-12-01"));
		assertThat(periods.lastClosed()).isEqualTo(period("2026-10-01", "2026-11-01"));
		assertThat(periods.isClosed(period("2026-10-01", "2026-11-01"))).isTrue();
		assertThat(periods.isClosed(periods.current())).isFalse();
		assertThat(periods.lastClosed().startInstant()).isEqualTo(Instant.parse("2026-09-30T15:00:00Z"));
		assertThat(periods.recentClosed(3)).extracting(SettlementPeriod::key)
			.containsExactly("2026-10-01", "2026-09-01", "2026-08-01");
		assertThat(periods.startingOn(LocalDate.parse("2026-02-01"))).contains(period("2026-02-01", "2026-03-01"));
		assertThat(periods.startingOn(LocalDate.parse("2026-02-02"))).isEmpty();
	}

	@Test
	void periodsInDaysCountFromTheAnchor() {
		SettlementPeriods periods = new SettlementPeriods(
				new SettlementProperties("P14D", LocalDate.parse("2026-01-01"), null, 1), JUST_AFTER_KOREAN_MIDNIGHT);
		// 2026-11-01 is day 304 after the anchor: the 22nd fortnight began on day 294,
		// 2026-10-22.
		assertThat(periods.current()).isEqualTo(period("2026-10-22", "2026-11-05"));
		assertThat(periods.lastClosed()).isEqualTo(period("2026-10-08", "2026-10-22"));
		assertThat(periods.containing(LocalDate.parse("2025-12-31"))).isEqualTo(period("2025-12-18", "2026-01-01"));
		assertThat(periods.startingOn(LocalDate.parse("2026-10-23"))).isEmpty();
	}

	@Test
	void aPeriodIsMonthlyOrWholeDays() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SettlementProperties("P1M", null, null, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new SettlementProperties("P0D", null, null, 1));
		assertThat(new SettlementProperties("monthly", null, null, 1).monthly()).isTrue();
	}

	@Test
	void theRateInForceIsTheLatestScheduledOnTheKoreanDay() {
		CommissionCalculator calculator = new CommissionCalculator(
				new CommissionProperties(300, LocalDate.parse("2026-01-01"), 1300,
						List.of(new CommissionProperties.Rate(LocalDate.parse("2027-01-01"), 250),
								new CommissionProperties.Rate(LocalDate.parse("2026-01-01"), 300))));
		assertThat(calculator.rateBpsAt(Instant.parse("2025-06-01T00:00:00Z"))).isEqualTo(300);
		// 2026-12-31 23:59 in Seoul: still the old rate; one minute later the new one.
		assertThat(calculator.splitAt(10_000, Instant.parse("2026-12-31T14:59:00Z")).commission()).isEqualTo(300);
		CommissionSplit newYear = calculator.splitAt(9_999, Instant.parse("2026-12-31T15:00:00Z"));
		assertThat(newYear.rateBps()).isEqualTo(250);
		assertThat(newYear.commission()).isEqualTo(249);
		assertThat(newYear.sellerShare()).isEqualTo(9_750);
	}

	@Test
	void anEntryThatDoesNotBalanceCannotExist() {
		assertThatIllegalArgumentException().isThrownBy(() -> new JournalEntry.Builder().debit(LedgerAccount.BANK, 100)
			.credit(LedgerAccount.SHOPPER_CLEARING, 99)
			.build(JournalEntry.Kind.PAYMENT_CAPTURED, "x", null, Instant.EPOCH, null));
		assertThat(Bookkeeping.paymentCaptured(1, "VM-1", Instant.EPOCH, 9_000, 10_000).postings())
			.extracting(JournalEntry.Posting::account)
			.containsExactly(LedgerAccount.BANK, LedgerAccount.MALL_DISCOUNT, LedgerAccount.SHOPPER_CLEARING);
	}

	private static SettlementPeriod period(String start, String end) {
		return new SettlementPeriod(LocalDate.parse(start), LocalDate.parse(end));
	}

}
