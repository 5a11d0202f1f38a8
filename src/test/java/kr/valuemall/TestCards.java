package kr.valuemall;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Card details the sandbox gateway approves, with an expiry that never runs out: three
 * years after the month the tests run in (a fixed 12/30 would fail every checkout from
 * 2031).
 */
public final class TestCards {

	/** A valid expiry, MM/YY. */
	public static final String EXPIRY = YearMonth.now(ZoneOffset.UTC)
		.plusYears(3)
		.format(DateTimeFormatter.ofPattern("MM/yy"));

	private TestCards() {
	}

}
