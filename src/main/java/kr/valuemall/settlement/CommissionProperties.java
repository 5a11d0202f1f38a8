package kr.valuemall.settlement;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The mall's commission in basis points (300 = 3%) from its effective date, and the
 * private-mall rate that sellers' savings are measured against. {@code rates} lists the
 * rate schedule (each rate applies from its date, Korea time, until the next one);
 * {@code rateBps} applies where the schedule is silent.
 */
@ConfigurationProperties("valuemall.commission")
record CommissionProperties(int rateBps, LocalDate effectiveFrom, int privateMallReferenceBps, List<Rate> rates) {

	CommissionProperties {
		if (!validBps(rateBps) || !validBps(privateMallReferenceBps)) {
			throw new IllegalArgumentException("Commission rates are basis points between 0 and 10000");
		}
		rates = (rates != null) ? rates.stream().sorted(Comparator.comparing(Rate::from)).toList() : List.of();
	}

	/** The rate in force on a day: the latest scheduled rate from that day or before. */
	int rateOn(LocalDate day) {
		int bps = this.rateBps;
		for (Rate rate : this.rates) {
			if (!rate.from().isAfter(day)) {
				bps = rate.rateBps();
			}
		}
		return bps;
	}

	/** The day the rate in force on a day took effect. */
	LocalDate rateSince(LocalDate day) {
		LocalDate since = this.effectiveFrom;
		for (Rate rate : this.rates) {
			if (!rate.from().isAfter(day)) {
				since = rate.from();
			}
		}
		return since;
	}

	private static boolean validBps(int bps) {
		return bps >= 0 && bps <= 10_000;
	}

	record Rate(LocalDate from, int rateBps) {

		Rate {
			if (from == null || !validBps(rateBps)) {
				throw new IllegalArgumentException(
						"A commission rate needs a date and basis points between 0 and 10000");
			}
		}

	}

}
