package kr.valuemall.order;

import java.time.Instant;
import java.util.List;

/**
 * Money went back to the shopper for a whole shipment: cancelled before it was sent, or
 * returned after delivery. Lines and shipping fee (with any Jeju or island extra fee) are
 * what was refunded, at their undiscounted amounts (what the seller gives back).
 *
 * @param couponDiscount the shipment's share of a coupon's discount: the shopper never
 * paid it, so it is not paid back; the mall, which bore it, keeps it (0 without a coupon)
 */
public record ShipmentRefunded(long shipmentId, long orderId, String orderNumber, long shopperId, long sellerId,
		Instant refundedAt, Reason reason, long shippingFee, List<OrderedLine> lines, long couponDiscount) {

	/** The shipment's goods and shipping at their undiscounted amounts. */
	public long total() {
		return this.shippingFee + this.lines.stream().mapToLong(OrderedLine::amount).sum();
	}

	/** What went back to the shopper: the total less the coupon's share. */
	public long refundedToShopper() {
		return total() - this.couponDiscount;
	}

	public enum Reason {

		CANCELLED, RETURNED

	}

}
