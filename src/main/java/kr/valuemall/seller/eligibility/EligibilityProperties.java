package kr.valuemall.seller.eligibility;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The small-business (소상공인) lines per industry: full-time employees must be fewer than
 * {@code employeesBelow}, and average annual revenue at most {@code revenueCeiling} won
 * (the small-enterprise ceiling, 소기업 기준 "이하").
 */
@ConfigurationProperties("valuemall.eligibility")
public record EligibilityProperties(Map<Industry, Line> industries) {

	public EligibilityProperties {
		for (Industry industry : Industry.values()) {
			if (industries == null || !industries.containsKey(industry)) {
				throw new IllegalArgumentException("valuemall.eligibility.industries lacks " + industry);
			}
		}
	}

	public record Line(int employeesBelow, long revenueCeiling) {
	}

	Line lineFor(Industry industry) {
		return this.industries.get(industry);
	}

}
