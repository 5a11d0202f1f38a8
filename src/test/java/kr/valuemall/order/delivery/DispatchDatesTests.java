package kr.valuemall.order.delivery;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dispatch date a product page promises, worked out by hand on a 2026 calendar:
 * weekends, public holidays (추석 2026-09-24..26, 개천절 and its substitute, 성탄절, 신정) and the
 * seller's cut-off hour.
 */
class DispatchDatesTests {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 9, 24), LocalDate.of(2026, 9, 25),
			LocalDate.of(2026, 9, 26), LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 9),
			LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1));

	@Test
	void anOrderOnABusinessDayBeforeTheCutOffCountsFromThatDay() {
		// Tuesday 2026-12-08, 10:00: two business days on is Thursday.
		assertThat(dispatch("2026-12-08T10:00", 14, 2)).isEqualTo("2026-12-10");
		assertThat(dispatch("2026-12-08T13:59", 14, 0)).isEqualTo("2026-12-08");
		assertThat(DispatchDates.countsFromToday(at("2026-12-08T13:59"), 14, HOLIDAYS::contains)).isTrue();
	}

	@Test
	void fromTheCutOffHourOnTheOrderCountsFromTheNextBusinessDay() {
		assertThat(dispatch("2026-12-08T14:00", 14, 0)).isEqualTo("2026-12-09");
		assertThat(dispatch("2026-12-08T14:00", 14, 2)).isEqualTo("2026-12-11");
		assertThat(DispatchDates.countsFromToday(at("2026-12-08T14:00"), 14, HOLIDAYS::contains)).isFalse();
	}

	@Test
	void weekendsDoNotCount() {
		// The example: Friday after the cut-off, one day: Tuesday 8 December.
		assertThat(dispatch("2026-12-04T15:30", 15, 1)).isEqualTo("2026-12-08");
		// Friday before the cut-off, one day: Monday.
		assertThat(dispatch("2026-12-04T09:00", 15, 1)).isEqualTo("2026-12-07");
		// Saturday morning counts from Monday, whatever the hour.
		assertThat(dispatch("2026-12-05T09:00", 14, 0)).isEqualTo("2026-12-07");
		assertThat(dispatch("2026-12-06T23:00", 14, 2)).isEqualTo("2026-12-09");
		assertThat(DispatchDates.countsFromToday(at("2026-12-05T09:00"), 14, HOLIDAYS::contains)).isFalse();
	}

	@Test
	void publicHolidaysDoNotCount() {
		// Wednesday before 추석: Thursday to Saturday are 추석, then Sunday.
		assertThat(dispatch("2026-09-23T10:00", 14, 1)).isEqualTo("2026-09-28");
		// On 추석 itself, nothing counts until Monday.
		assertThat(dispatch("2026-09-25T10:00", 14, 0)).isEqualTo("2026-09-28");
		// Friday 2 October, one day: 개천절 (Saturday), Sunday, its substitute Monday.
		assertThat(dispatch("2026-10-02T10:00", 14, 1)).isEqualTo("2026-10-06");
		// Christmas Eve, one day: Christmas, the weekend.
		assertThat(dispatch("2026-12-24T13:59", 14, 1)).isEqualTo("2026-12-28");
	}

	@Test
	void theCountGoesOnIntoTheNextYear() {
		// New Year's Eve after the cut-off: 신정 is a Friday, then the weekend.
		assertThat(dispatch("2026-12-31T16:00", 14, 0)).isEqualTo("2027-01-04");
		assertThat(dispatch("2026-12-30T10:00", 14, 3)).isEqualTo("2027-01-05");
	}

	@Test
	void withoutACutOffEveryHourOfABusinessDayCountsFromThatDay() {
		assertThat(dispatch("2026-12-08T23:59", DeliveryTerms.NO_CUTOFF, 3)).isEqualTo("2026-12-11");
	}

	private static String dispatch(String koreanTime, int cutoffHour, int days) {
		return DispatchDates.dispatchDate(at(koreanTime), cutoffHour, days, HOLIDAYS::contains).toString();
	}

	private static ZonedDateTime at(String koreanTime) {
		return LocalDateTime.parse(koreanTime).atZone(SEOUL);
	}

}
