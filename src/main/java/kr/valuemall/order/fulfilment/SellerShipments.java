package kr.valuemall.order.fulfilment;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.order.ShipmentStatus;

/**
 * A seller's side of orders: its own shipments only. A shipment id of another seller
 * answers as if it did not exist.
 */
@Service
@Transactional
public class SellerShipments {

	static final int PAGE_SIZE = 20;

	private final ShipmentRepository shipments;

	private final OrderRepository orders;

	private final OrderRefunds refunds;

	private final Clock clock;

	SellerShipments(ShipmentRepository shipments, OrderRepository orders, OrderRefunds refunds, Clock clock) {
		this.shipments = shipments;
		this.orders = orders;
		this.refunds = refunds;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Page<Shipment> queue(long sellerId, SellerQueue tab, int page) {
		Page<Shipment> found = this.shipments.findBySeller(sellerId, tab.statuses(),
				PageRequest.of(Math.min(Math.max(page, 0), 10_000), PAGE_SIZE));
		found.forEach((shipment) -> shipment.getLines().size());
		return found;
	}

	@Transactional(readOnly = true)
	Map<ShipmentStatus, Long> counts(long sellerId) {
		Map<ShipmentStatus, Long> counts = new EnumMap<>(ShipmentStatus.class);
		for (Object[] row : this.shipments.countByStatus(sellerId)) {
			counts.put((ShipmentStatus) row[0], (Long) row[1]);
		}
		return counts;
	}

	Shipment accept(long sellerId, long shipmentId) {
		Order order = locked(sellerId, shipmentId);
		Shipment shipment = order.accept(shipmentId, this.clock.instant());
		this.orders.save(order);
		return shipment;
	}

	Shipment ship(long sellerId, long shipmentId, Courier courier, String trackingNumber) {
		Order order = locked(sellerId, shipmentId);
		Shipment shipment = order.ship(shipmentId, courier, trackingNumber, this.clock.instant());
		this.orders.save(order);
		return shipment;
	}

	Shipment deliver(long sellerId, long shipmentId) {
		Order order = locked(sellerId, shipmentId);
		Shipment shipment = order.deliver(shipmentId, this.clock.instant());
		this.orders.save(order);
		return shipment;
	}

	/** The returned goods came back: the shopper gets the money back. */
	Shipment approveReturn(long sellerId, long shipmentId) {
		Order order = locked(sellerId, shipmentId);
		Shipment shipment = order.shipment(shipmentId);
		if (shipment.getStatus() != ShipmentStatus.RETURN_REQUESTED) {
			throw IllegalShipmentTransition.of(shipmentId, shipment.getStatus(), "approve a return");
		}
		this.refunds.refundAll(order, shipmentId, null, null);
		return shipment;
	}

	Shipment refuseReturn(long sellerId, long shipmentId, String reason) {
		Order order = locked(sellerId, shipmentId);
		Shipment shipment = order.refuseReturn(shipmentId, reason, this.clock.instant());
		this.orders.save(order);
		return shipment;
	}

	private Order locked(long sellerId, long shipmentId) {
		long orderId = this.shipments.findOrderIdOf(shipmentId, sellerId)
			.stream()
			.findFirst()
			.orElseThrow(() -> OrderNotFound.shipment(shipmentId));
		return this.orders.findForUpdate(orderId).orElseThrow(() -> OrderNotFound.shipment(shipmentId));
	}

}
