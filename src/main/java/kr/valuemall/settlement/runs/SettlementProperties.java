package kr.valuemall.settlement.runs;

import java.time.LocalDate;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a settlement period is: {@code MONTHLY} (calendar months, Korea time) or an
 * ISO length in days such as {@code P14D} counted from {@code anchor}; when the scheduled
 * run looks for a closed period to settle; and how many sellers a run settles at once,
 * each on a database connection of its own (at least one; the instance's pool must keep
 * some for the pages).
 */
@ConfigurationProperties("valuemall.settlement")
public record SettlementProperties(String period, LocalDate anchor, String schedule,
		@DefaultValue("2") int runWorkers) {

	public SettlementProperties {
		if (runWorkers < 1) {
			throw new IllegalArgumentException("valuemall.settlement.run-workers is at least 1");
		}
		period = (period == null || period.isBlank()) ? "MONTHLY" : period.trim().toUpperCase();
		anchor = (anchor != null) ? anchor : LocalDate.of(2026, 1, 1);
		if (!monthly(period) && days(period) < 1) {
			throw new IllegalArgumentException("valuemall.settlement.period is MONTHLY or a number of days like P14D");
		}
	}

	public boolean monthly() {
		return monthly(this.period);
	}

	int days() {
		return days(this.period);
	}

	private static boolean monthly(String period) {
		return "MONTHLY".equals(period);
	}

	private static int days(String period) {
		Period length = Period.parse(period);
		if (length.getYears() != 0 || length.getMonths() != 0) {
			throw new IllegalArgumentException("A settlement period in days has no months or years: " + period);
		}
		return length.getDays();
	}

}
