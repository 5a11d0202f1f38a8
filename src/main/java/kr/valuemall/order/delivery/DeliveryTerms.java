package kr.valuemall.order.delivery;

import kr.valuemall.order.DeliveryOverride;
import kr.valuemall.order.fulfilment.Courier;

/**
 * A seller's delivery terms (배송·반품 안내) as saved.
 *
 * @param dispatchDays business days from the day an order counts from to its dispatch
 * @param cutoffHour orders paid on a business day before this hour (Korean time) count
 * from that day
 * @param returnFee 반품 배송비, one way
 * @param exchangeFee 교환 배송비, both ways
 * @param jejuFee extra shipping fee to Jeju
 * @param islandFee extra shipping fee to the other islands and remote areas
 */
public record DeliveryTerms(int dispatchDays, int cutoffHour, Courier courier, String returnAddress, long returnFee,
		long exchangeFee, long jejuFee, long islandFee) {

	/**
	 * Without terms, what the law asks of prepaid mail order: dispatch within three
	 * business days of payment (전자상거래법 제15조①), whatever the hour.
	 */
	public static final int LEGAL_DISPATCH_DAYS = 3;

	/** An hour no order reaches: without terms every order counts from its own day. */
	public static final int NO_CUTOFF = 24;

	public static final int MAX_DISPATCH_DAYS = 14;

	public static final long MAX_FEE = 1_000_000;

	public IslandFees islandFees() {
		return new IslandFees(this.jejuFee, this.islandFee);
	}

	/** The island fees of a listing: its own where it has them, else these. */
	public static IslandFees islandFees(DeliveryTerms seller, DeliveryOverride listing) {
		IslandFees base = (seller != null) ? seller.islandFees() : IslandFees.NONE;
		if (listing == null) {
			return base;
		}
		return new IslandFees((listing.jejuFee() != null) ? listing.jejuFee() : base.jeju(),
				(listing.islandFee() != null) ? listing.islandFee() : base.island());
	}

}
