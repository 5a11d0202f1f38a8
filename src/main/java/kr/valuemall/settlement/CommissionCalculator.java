package kr.valuemall.settlement;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

import kr.valuemall.web.DateTimeDisplay;

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

	/** The split at the default rate. */
	public CommissionSplit split(long itemAmount) {
		return split(itemAmount, this.properties.rateBps());
	}

	/** The split at the rate in force at that moment (its day in Korea). */
	public CommissionSplit splitAt(long itemAmount, Instant at) {
		return split(itemAmount, rateBpsAt(at));
	}

	public int rateBpsAt(Instant at) {
		return this.properties.rateOn(LocalDate.ofInstant(at, DateTimeDisplay.SEOUL));
	}

	/** What a private mall at the reference rate would have taken of the same amount. */
	public CommissionSplit privateMallSplit(long itemAmount) {
		return split(itemAmount, this.properties.privateMallReferenceBps());
	}

	public int privateMallReferenceBps() {
		return this.properties.privateMallReferenceBps();
	}

	public LocalDate rateEffectiveFrom() {
		return this.properties.effectiveFrom();
	}

	/** The day the rate in force at that moment took effect. */
	public LocalDate rateInForceSince(Instant at) {
		return this.properties.rateSince(LocalDate.ofInstant(at, DateTimeDisplay.SEOUL));
	}

	public static CommissionSplit split(long itemAmount, int rateBps) {
		if (itemAmount < 0) {
			throw new IllegalArgumentException("An item amount cannot be negative: " + itemAmount);
		}
		long commission = Math.multiplyExact(itemAmount, (long) rateBps) / 10_000;
		return new CommissionSplit(itemAmount, rateBps, commission, itemAmount - commission);
	}

}
