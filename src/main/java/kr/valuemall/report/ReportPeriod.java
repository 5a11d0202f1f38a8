package kr.valuemall.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What staff asked for: a range of Korean dates (both ends included), months to leave out
 * of the figures (as the press left out the national sale months), and the month whose
 * sales are compared with the months around it.
 */
public record ReportPeriod(LocalDate from, LocalDate to, SortedSet<YearMonth> excluded, YearMonth campaignMonth) {

	public ReportPeriod {
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("A period cannot end before it starts: " + from + " > " + to);
		}
		excluded = Collections.unmodifiableSortedSet(new TreeSet<>(excluded));
	}

	/** Every calendar month the range touches, first to last. */
	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(this.from); !month.isAfter(YearMonth.from(this.to)); month = month
			.plusMonths(1)) {
			months.add(month);
		}
		return months;
	}

	public List<YearMonth> includedMonths() {
		return months().stream().filter((month) -> !this.excluded.contains(month)).toList();
	}

	public boolean includes(YearMonth month) {
		return !month.isBefore(YearMonth.from(this.from)) && !month.isAfter(YearMonth.from(this.to))
				&& !this.excluded.contains(month);
	}

	/** The last day of a month that still lies in the range. */
	public LocalDate lastDayIn(YearMonth month) {
		LocalDate end = month.atEndOfMonth();
		return end.isAfter(this.to) ? this.to : end;
	}

	/**
	 * The last day the figures cover: the end of the last included month (or the range's
	 * end, if sooner); null when every month is excluded.
	 */
	public LocalDate lastCoveredDay() {
		List<YearMonth> included = includedMonths();
		return included.isEmpty() ? null : lastDayIn(included.get(included.size() - 1));
	}

}
