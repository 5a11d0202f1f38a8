package kr.valuemall.settlement;

import java.time.Instant;
import java.time.LocalDate;

import kr.valuemall.web.DateTimeDisplay;

/**
 * A settlement period: from its first day to the day after its last (exclusive), in Korea
 * time. Identified by its first day.
 */
public record SettlementPeriod(LocalDate start, LocalDate end) {

	public SettlementPeriod {
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("A period ends after it starts: " + start + " " + end);
		}
	}

	public LocalDate lastDay() {
		return this.end.minusDays(1);
	}

	public Instant startInstant() {
		return this.start.atStartOfDay(DateTimeDisplay.SEOUL).toInstant();
	}

	public Instant endInstant() {
		return this.end.atStartOfDay(DateTimeDisplay.SEOUL).toInstant();
	}

	/** The key in addresses: its first day, {@code 2026-10-01}. */
	public String key() {
		return this.start.toString();
	}

}
