package kr.valuemall.order;

import java.time.Instant;
import java.util.List;

/**
 * Money went back to the shopper for a shipment: all of it (cancelled before it was sent,
 * returned after delivery) or single lines that staff refunded. Lines and shipping fee
 * (with any Jeju or island extra fee) are what was refunded, at their undiscounted
 * amounts (what the seller gives back); the shipping fee is refunded with the last lines
 * only.
 *
 * @param couponDiscount this refund's share of a coupon's discount: the shopper never
 * paid it, so it is not paid back; the mall, which bore it, keeps it (0 without a coupon)
 * @param refundId the order module's refund; 0 in events from before refunds had their
 * own rows, each of which refunded a whole shipment
 * @param lastOfShipment whether nothing of the shipment is left to refund after this one
 * @param note the reason the shopper is told, or null
 */
public record ShipmentRefunded(long shipmentId, long orderId, String orderNumber, long shopperId, long sellerId,
		Instant refundedAt, Reason reason, long shippingFee, List<OrderedLine> lines, long couponDiscount,
		long refundId, boolean lastOfShipment, String note) {

	/** A refund of a whole shipment, as events told it before single-line refunds. */
	public ShipmentRefunded(long shipmentId, long orderId, String orderNumber, long shopperId, long sellerId,
			Instant refundedAt, Reason reason, long shippingFee, List<OrderedLine> lines, long couponDiscount) {
		this(shipmentId, orderId, orderNumber, shopperId, sellerId, refundedAt, reason, shippingFee, lines,
				couponDiscount, 0, true, null);
	}

	/** The shipment's goods and shipping at their undiscounted amounts. */
	public long total() {
		return this.shippingFee + this.lines.stream().mapToLong(OrderedLine::amount).sum();
	}

	/** What went back to the shopper: the total less the coupon's share. */
	public long refundedToShopper() {
		return total() - this.couponDiscount;
	}

	/** Whether the shipment has nothing left after this refund. */
	public boolean wholeShipment() {
		return this.refundId == 0 || this.lastOfShipment;
	}

	/**
	 * What names this refund for a module counting it once: the refund, or the shipment
	 * for an event from before refunds had their own rows.
	 */
	public Key key() {
		return (this.refundId > 0) ? new Key("REFUND", this.refundId) : new Key("REFUNDED", this.shipmentId);
	}

	public enum Reason {

		CANCELLED, RETURNED

	}

	/**
	 * A refund's name: its kind (a refund row, or a shipment before refund rows) and
	 * number.
	 */
	public record Key(String kind, long ref) {

		@Override
		public String toString() {
			return ("REFUND".equals(this.kind) ? "refund:" : "shipment:") + this.ref;
		}

	}

}
