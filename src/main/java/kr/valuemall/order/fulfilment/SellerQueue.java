package kr.valuemall.order.fulfilment;

import java.util.EnumSet;
import java.util.Set;

import kr.valuemall.order.ShipmentStatus;

/**
 * The tabs of a seller's order queue, each the shipment states it shows.
 */
public enum SellerQueue {

	NEW(EnumSet.of(ShipmentStatus.PAID)), PREPARING(EnumSet.of(ShipmentStatus.PREPARING)),
	SHIPPED(EnumSet.of(ShipmentStatus.SHIPPED)), DELIVERED(EnumSet.of(ShipmentStatus.DELIVERED)),
	RETURNS(EnumSet.of(ShipmentStatus.RETURN_REQUESTED)),
	DONE(EnumSet.of(ShipmentStatus.CONFIRMED, ShipmentStatus.CANCELLED, ShipmentStatus.RETURNED)),
	AWAITING_DEPOSIT(EnumSet.of(ShipmentStatus.AWAITING_DEPOSIT));

	private final Set<ShipmentStatus> statuses;

	SellerQueue(Set<ShipmentStatus> statuses) {
		this.statuses = statuses;
	}

	public Set<ShipmentStatus> statuses() {
		return this.statuses;
	}

}
