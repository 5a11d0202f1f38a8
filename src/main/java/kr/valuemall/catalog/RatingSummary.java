package kr.valuemall.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many reviews something has and the sum of their stars: enough for the average,
 * without floating point. Pages show the average to one decimal.
 */
public record RatingSummary(long count, long sum) {

	public static final RatingSummary NONE = new RatingSummary(0, 0);

	public boolean hasReviews() {
		return this.count > 0;
	}

	/** The average rounded half up to one decimal (4.25 → 4.3); zero with no reviews. */
	public BigDecimal average() {
		if (this.count == 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return BigDecimal.valueOf(this.sum).divide(BigDecimal.valueOf(this.count), 1, RoundingMode.HALF_UP);
	}

	/** The average as pages write it: "4.3". */
	public String averageText() {
		return average().toPlainString();
	}

}
