package kr.valuemall.order;

import java.time.Instant;
import java.util.List;

/**
 * A paid order used a coupon. The mall (the ministry) bears the discount: sellers are
 * settled on the lines' undiscounted amounts in {@link OrderPaid}, and this says what the
 * shopper did not pay, in total and by shipment.
 */
public record CouponApplied(long orderId, String orderNumber, String code, long discount, Instant paidAt,
		List<ShipmentDiscount> shipments) {

	/** One shipment's share of the discount: what a refund of it keeps back. */
	public record ShipmentDiscount(long shipmentId, long sellerId, long discount) {

	}

}
