package kr.valuemall.web.forms;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a day ({@code 2026-03-01}) or a month ({@code 2026-03}) typed or sent in an
 * address. Only years the mall can mean are days at all: java.time accepts the year
 * -999999999, but one day before it or PostgreSQL's date range does not, and a report or
 * a settlement period of such a year failed far from where it was typed.
 */
public final class TypedDates {

	/** The first and last year a date sent to the mall may have. */
	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 2999;

	private TypedDates() {
	}

	/** The day, when the text is an ISO day of a year the mall can mean. */
	public static Optional<LocalDate> day(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text.strip())).filter(TypedDates::sensible);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** The month, when the text is an ISO month of a year the mall can mean. */
	public static Optional<YearMonth> month(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(YearMonth.parse(text.strip())).filter((month) -> sensible(month.getYear()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	public static boolean sensible(LocalDate day) {
		return day != null && sensible(day.getYear());
	}

	public static boolean sensible(int year) {
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

}
