package kr.valuemall.order.delivery;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.function.Predicate;

/**
 * When an order placed now leaves the seller: counted in business days (no Saturdays,
 * Sundays or public holidays), from today when it is a business day and the seller's
 * cut-off hour has not passed, else from the next business day.
 */
public final class DispatchDates {

	private DispatchDates() {
	}

	/**
	 * @param now the moment of ordering, in Korea's time
	 * @param cutoffHour orders before this hour on a business day count from that day
	 * @param dispatchDays business days from the day the order counts from (0: that day)
	 * @param holiday whether a date is a public holiday
	 */
	public static LocalDate dispatchDate(ZonedDateTime now, int cutoffHour, int dispatchDays,
			Predicate<LocalDate> holiday) {
		LocalDate today = now.toLocalDate();
		LocalDate day = (isBusinessDay(today, holiday) && now.getHour() < cutoffHour) ? today
				: nextBusinessDay(today, holiday);
		for (int i = 0; i < dispatchDays; i++) {
			day = nextBusinessDay(day, holiday);
		}
		return day;
	}

	/** Whether the order counts from today: a business day before the cut-off. */
	public static boolean countsFromToday(ZonedDateTime now, int cutoffHour, Predicate<LocalDate> holiday) {
		return isBusinessDay(now.toLocalDate(), holiday) && now.getHour() < cutoffHour;
	}

	static boolean isBusinessDay(LocalDate day, Predicate<LocalDate> holiday) {
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holiday.test(day);
	}

	private static LocalDate nextBusinessDay(LocalDate after, Predicate<LocalDate> holiday) {
		LocalDate day = after.plusDays(1);
		while (!isBusinessDay(day, holiday)) {
			day = day.plusDays(1);
		}
		return day;
	}

}
