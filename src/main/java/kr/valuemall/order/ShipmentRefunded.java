package kr.valuemall.order;

import java.time.Instant;
import java.util.List;

/**
 * Money went back to the shopper for a whole shipment: cancelled before it was sent, or
 * returned after delivery. Lines and shipping fee are what was refunded.
 */
public record ShipmentRefunded(long shipmentId, long orderId, String orderNumber, long shopperId, long sellerId,
		Instant refundedAt, Reason reason, long shippingFee, List<OrderedLine> lines) {

	public long total() {
		return this.shippingFee + this.lines.stream().mapToLong(OrderedLine::amount).sum();
	}

	public enum Reason {

		CANCELLED, RETURNED

	}

}
