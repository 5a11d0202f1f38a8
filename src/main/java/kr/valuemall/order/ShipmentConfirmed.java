package kr.valuemall.order;

import java.time.Instant;
import java.util.List;

/**
 * The shopper confirmed the purchase of a shipment, or it was confirmed automatically
 * some days after delivery. From now on its lines count for the seller's settlement and
 * may be reviewed. The shipping fee includes any Jeju or island extra fee.
 */
public record ShipmentConfirmed(long shipmentId, long orderId, String orderNumber, long shopperId, long sellerId,
		Instant confirmedAt, long shippingFee, List<OrderedLine> lines) {

}
