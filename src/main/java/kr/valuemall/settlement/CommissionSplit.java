package kr.valuemall.settlement;

import java.math.BigDecimal;

/**
 * How one order line's item amount divides between the mall and the seller, in whole won:
 * {@code commission + sellerShare == itemAmount}, always.
 */
public record CommissionSplit(long itemAmount, int rateBps, long commission, long sellerShare) {

	/** Basis points as a percentage for display: 300 → "3". */
	public String ratePercent() {
		return BigDecimal.valueOf(this.rateBps, 2).stripTrailingZeros().toPlainString();
	}

}
