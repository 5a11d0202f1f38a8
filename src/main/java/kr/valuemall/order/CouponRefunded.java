package kr.valuemall.order;

import java.time.Instant;

/**
 * A shipment that carried a share of a coupon's discount was refunded: the shopper gets
 * back its total less that share, and the mall's cost for the coupon falls by it. Comes
 * with the shipment's {@link ShipmentRefunded}.
 */
public record CouponRefunded(long shipmentId, long orderId, String orderNumber, long sellerId, String code,
		long discount, Instant refundedAt) {

}
