package kr.valuemall.order;

import java.time.LocalDate;

/**
 * What a product page tells a shopper about delivery: when an order placed now leaves the
 * seller, with which courier, what Jeju and the other islands cost extra, and how returns
 * and exchanges work. The listing's own terms where it has them, else its seller's.
 *
 * @param dispatchDate the business day an order placed now is dispatched on
 * @param countsFromToday whether an order placed now counts from today (a business day,
 * before the cut-off hour)
 * @param termsSet whether the seller has saved delivery terms; without them the dispatch
 * promise is the legal default and the return details are unknown
 * @param courier the courier's code ({@code CJ}, {@code EPOST} ...), or null when not set
 * @param returnAddress where returns and exchanges go, or null when not set
 * @param returnFee 반품 배송비 (one way), or null when not set
 * @param exchangeFee 교환 배송비 (both ways), or null when not set
 */
public record DeliveryPromise(LocalDate dispatchDate, boolean countsFromToday, int dispatchDays, int cutoffHour,
		boolean termsSet, String courier, String returnAddress, Long returnFee, Long exchangeFee, long jejuFee,
		long islandFee) {

	/** Whether an order to Jeju or another island costs more. */
	public boolean hasIslandFees() {
		return this.jejuFee > 0 || this.islandFee > 0;
	}

}
