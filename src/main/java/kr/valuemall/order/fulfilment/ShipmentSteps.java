package kr.valuemall.order.fulfilment;

import java.util.List;

import kr.valuemall.order.ShipmentStatus;

/**
 * Where a shipment stands on the road every parcel takes (paid, preparing, shipped,
 * delivered, confirmed), for the order page's stepper. A shipment that left that road
 * (cancelled, or returned after delivery) says so instead of pretending to go on.
 *
 * @param steps the five steps, each done, current or still to come
 * @param ending what happened instead of the next step ({@code CANCELLED},
 * {@code RETURN_REQUESTED} or {@code RETURNED}), or null
 */
public record ShipmentSteps(List<Step> steps, ShipmentStatus ending) {

	private static final List<ShipmentStatus> ROAD = List.of(ShipmentStatus.PAID, ShipmentStatus.PREPARING,
			ShipmentStatus.SHIPPED, ShipmentStatus.DELIVERED, ShipmentStatus.CONFIRMED);

	public static ShipmentSteps of(Shipment shipment) {
		return of(shipment.getStatus(), shipment.getPaidAt() != null, shipment.getShippedAt() != null,
				shipment.getDeliveredAt() != null);
	}

	/**
	 * @param paid whether it was paid for (a bank transfer may be cancelled unpaid)
	 * @param shipped whether the parcel was handed to a courier (a cancelled shipment was
	 * not; a returned one was)
	 * @param delivered whether it reached the shopper
	 */
	static ShipmentSteps of(ShipmentStatus status, boolean paid, boolean shipped, boolean delivered) {
		int reached = switch (status) {
			case PENDING, AWAITING_DEPOSIT -> -1;
			case PAID -> 0;
			case PREPARING -> 1;
			case SHIPPED -> 2;
			case DELIVERED -> 3;
			case CONFIRMED -> 4;
			case RETURN_REQUESTED, RETURNED -> 3;
			// Mostly cancelled before it was shipped: as far as it got, then stopped.
			case CANCELLED -> delivered ? 3 : (shipped ? 2 : (paid ? 0 : -1));
		};
		boolean ended = status == ShipmentStatus.CANCELLED || status == ShipmentStatus.RETURN_REQUESTED
				|| status == ShipmentStatus.RETURNED;
		int last = reached;
		List<Step> steps = ROAD.stream().map((step) -> {
			int at = ROAD.indexOf(step);
			State state = (at < last || (at == last && (ended || step == ShipmentStatus.CONFIRMED))) ? State.DONE
					: (at == last) ? State.CURRENT : State.TODO;
			return new Step(step, state);
		}).toList();
		return new ShipmentSteps(steps, ended ? status : null);
	}

	/** A step on the road and whether the shipment is past it, at it, or before it. */
	public record Step(ShipmentStatus status, State state) {

		public boolean current() {
			return this.state == State.CURRENT;
		}

		public boolean done() {
			return this.state == State.DONE;
		}

	}

	public enum State {

		DONE, CURRENT, TODO

	}

}
