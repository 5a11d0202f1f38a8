package kr.valuemall.order;

import java.time.Instant;
import java.util.List;

/**
 * One batch of paid orders told as plain facts, read with a few set-based queries: what a
 * module that rebuilds its figures in SQL needs of the orders, without loading them. It
 * says the same as the events {@link OrderHistory#replay} tells of the same orders: a
 * paid order, its paid shipments, their confirmations and refunds, and their lines.
 *
 * @param orders the paid orders of the batch
 * @param shipments their paid shipments
 * @param refunds the refunds of those shipments
 * @param lines the lines of those shipments
 */
public record OrderFacts(List<PaidOrder> orders, List<PaidShipment> shipments, List<ShipmentRefund> refunds,
		List<Line> lines) {

	/** An order and when it was paid. */
	public record PaidOrder(long orderId, Instant paidAt) {

	}

	/**
	 * A paid shipment, paid with its order; confirmed at a time, or not (null).
	 */
	public record PaidShipment(long shipmentId, long orderId, long sellerId, Instant paidAt, Instant confirmedAt) {

	}

	/** A refund of a shipment's lines (or of its shipping alone). */
	public record ShipmentRefund(long refundId, long shipmentId, long sellerId, Instant refundedAt) {

	}

	/**
	 * A line of a paid shipment.
	 *
	 * @param refundId the refund that took it back, or null
	 * @param keptAtConfirmation whether the shipment was confirmed with this line still
	 * in it (not refunded before the confirmation)
	 */
	public record Line(long lineId, long shipmentId, long sellerId, long productId, String categorySlug,
			Long campaignId, long amount, Long refundId, boolean keptAtConfirmation) {

	}

}
