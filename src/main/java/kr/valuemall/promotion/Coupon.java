package kr.valuemall.promotion;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A code staff issue: a fixed amount, or a percentage up to a cap, off the items of one
 * order (never the shipping). The ministry bears it; sellers are settled as if it were
 * not there.
 *
 * @param validUntil the first instant it no longer works (midnight after its last day)
 * @param used live uses, never more than the total limit
 */
public record Coupon(long id, String code, Kind kind, Long amount, Integer percent, Long maxDiscount, long minimumOrder,
		Instant validFrom, Instant validUntil, int perShopperLimit, int totalLimit, int used, boolean active) {

	/** What it takes off these items: rounded down, capped, never more than the items. */
	long discountOn(long itemsTotal) {
		long discount = (this.kind == Kind.FIXED) ? this.amount
				: Math.min(Math.multiplyExact(itemsTotal, (long) this.percent) / 100, this.maxDiscount);
		return Math.min(discount, itemsTotal);
	}

	public LocalDate firstDay() {
		return LocalDate.ofInstant(this.validFrom, Campaign.KOREA);
	}

	public LocalDate lastDay() {
		return LocalDate.ofInstant(this.validUntil, Campaign.KOREA).minusDays(1);
	}

	public enum Kind {

		FIXED, PERCENT

	}

}
