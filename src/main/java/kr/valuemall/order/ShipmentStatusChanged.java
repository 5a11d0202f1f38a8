package kr.valuemall.order;

import java.time.Instant;

/**
 * A shipment moved in its life cycle; notifications tell the shopper and the seller.
 */
public record ShipmentStatusChanged(long shipmentId, String orderNumber, long shopperId, long sellerId,
		ShipmentStatus from, ShipmentStatus to, Instant changedAt) {

}
