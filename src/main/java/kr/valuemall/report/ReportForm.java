package kr.valuemall.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The report's question as the form sends it; empty fields take the defaults (the last
 * twelve months up to today).
 */
record ReportForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, List<YearMonth> exclude, YearMonth campaignMonth) {

	ReportForm {
		exclude = (exclude != null) ? List.copyOf(exclude) : List.of();
	}

}
