package kr.valuemall.settlement;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The mall's commission in basis points (300 = 3%) from its effective date, and the
 * private-mall rate that sellers' savings are measured against.
 */
@ConfigurationProperties("valuemall.commission")
record CommissionProperties(int rateBps, LocalDate effectiveFrom, int privateMallReferenceBps) {

	CommissionProperties {
		if (rateBps < 0 || rateBps > 10_000 || privateMallReferenceBps < 0 || privateMallReferenceBps > 10_000) {
			throw new IllegalArgumentException("Commission rates are basis points between 0 and 10000");
		}
	}

}
