package kr.valuemall.settlement.runs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import kr.valuemall.settlement.SettlementPeriod;
import kr.valuemall.web.DateTimeDisplay;
import kr.valuemall.web.forms.TypedDates;

/**
 * The periods the configuration cuts time into, and which of them have closed.
 */
@Component
public class SettlementPeriods {

	private final SettlementProperties properties;

	private final Clock clock;

	public SettlementPeriods(SettlementProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	public SettlementPeriod containing(LocalDate day) {
		if (this.properties.monthly()) {
			LocalDate start = day.withDayOfMonth(1);
			return new SettlementPeriod(start, start.plusMonths(1));
		}
		int days = this.properties.days();
		long offset = Math.floorDiv(ChronoUnit.DAYS.between(this.properties.anchor(), day), days);
		LocalDate start = this.properties.anchor().plusDays(offset * days);
		return new SettlementPeriod(start, start.plusDays(days));
	}

	/** The period that starts on this day, if one does. */
	public Optional<SettlementPeriod> startingOn(LocalDate start) {
		// A period of a year the mall cannot mean is none (java.time and PostgreSQL
		// disagree at their ends, and a run stored for one broke the desk).
		if (!TypedDates.sensible(start)) {
			return Optional.empty();
		}
		SettlementPeriod period = containing(start);
		return period.start().equals(start) ? Optional.of(period) : Optional.empty();
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), DateTimeDisplay.SEOUL);
	}

	public SettlementPeriod current() {
		return containing(today());
	}

	public boolean isClosed(SettlementPeriod period) {
		return !period.end().isAfter(today());
	}

	public SettlementPeriod lastClosed() {
		return containing(current().start().minusDays(1));
	}

	/** The most recent closed periods, newest first. */
	public List<SettlementPeriod> recentClosed(int howMany) {
		List<SettlementPeriod> periods = new ArrayList<>();
		SettlementPeriod period = lastClosed();
		for (int i = 0; i < howMany; i++) {
			periods.add(period);
			period = containing(period.start().minusDays(1));
		}
		return periods;
	}

}
