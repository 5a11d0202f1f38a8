package kr.valuemall.promotion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A sale over a period, such as the national Value Together Sale. It runs from its first
 * day's midnight in Korea up to, not including, the midnight after its last day.
 *
 * @param maxDiscountPercent the most a seller may take off a list price in it
 * @param bannerEtag the banner picture's fingerprint, or null when it has none
 */
public record Campaign(long id, String name, String slug, String headline, Instant startsAt, Instant endsAt,
		int maxDiscountPercent, String bannerEtag) {

	static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

	public State state(Instant now) {
		if (now.isBefore(this.startsAt)) {
			return State.UPCOMING;
		}
		return now.isBefore(this.endsAt) ? State.RUNNING : State.ENDED;
	}

	public boolean hasBanner() {
		return this.bannerEtag != null;
	}

	public LocalDate firstDay() {
		return LocalDate.ofInstant(this.startsAt, KOREA);
	}

	public LocalDate lastDay() {
		return LocalDate.ofInstant(this.endsAt, KOREA).minusDays(1);
	}

	static Instant startOf(LocalDate day) {
		return day.atStartOfDay(KOREA).toInstant();
	}

	/** The lowest price the campaign allows for this list price, rounded down. */
	long lowestPrice(long listPrice) {
		return priceAfter(listPrice, this.maxDiscountPercent);
	}

	/** The list price less a discount in percent, in whole won rounded down. */
	static long priceAfter(long listPrice, int percent) {
		return Math.multiplyExact(listPrice, (long) (100 - percent)) / 100;
	}

	public enum State {

		UPCOMING, RUNNING, ENDED

	}

}
