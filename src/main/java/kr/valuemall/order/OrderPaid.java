package kr.valuemall.order;

import java.time.Instant;
import java.util.List;

/**
 * A checkout was paid: the card was approved, or staff confirmed the bank deposit. One
 * entry per seller shipment with its lines and the shipping fee the shopper paid for it
 * (with the Jeju or island extra fee when the parcel goes there: it passes to the seller
 * as the shipping fee does).
 */
public record OrderPaid(long orderId, String orderNumber, long shopperId, Instant paidAt, long paidTotal,
		List<PaidShipment> shipments) {

	public record PaidShipment(long shipmentId, long sellerId, long shippingFee, List<OrderedLine> lines) {

	}

}
