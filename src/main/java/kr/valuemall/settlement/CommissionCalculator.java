package kr.valuemall.settlement;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

/**
 * The commission rule of the mall: the rate applied to an order line's item amount,
 * rounded down to the won (원 미만 절사); the seller keeps the exact remainder. Shipping fees
 * never pass through here: they go to the seller whole.
 */
@Service
public class CommissionCalculator {

	private final CommissionProperties properties;

	CommissionCalculator(CommissionProperties properties) {
		this.properties = properties;
	}

	public CommissionSplit split(long itemAmount) {
		return split(itemAmount, this.properties.rateBps());
	}

	/** What a private mall at the reference rate would have taken of the same amount. */
	public CommissionSplit privateMallSplit(long itemAmount) {
		return split(itemAmount, this.properties.privateMallReferenceBps());
	}

	public LocalDate rateEffectiveFrom() {
		return this.properties.effectiveFrom();
	}

	static CommissionSplit split(long itemAmount, int rateBps) {
		if (itemAmount < 0) {
			throw new IllegalArgumentException("An item amount cannot be negative: " + itemAmount);
		}
		long commission = Math.multiplyExact(itemAmount, (long) rateBps) / 10_000;
		return new CommissionSplit(itemAmount, rateBps, commission, itemAmount - commission);
	}

}
