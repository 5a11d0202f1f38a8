package kr.valuemall.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.order.fulfilment.Order;
import kr.valuemall.order.fulfilment.OrderRepository;
import kr.valuemall.order.fulfilment.Shipment;

/**
 * The order events of the past, told again from the orders themselves: for a module that
 * must rebuild what it made of them (the report's roll-ups). Nothing is published: the
 * events go to the given consumer only, so no other module hears them twice.
 */
@Service
public class OrderHistory {

	private static final int CHUNK = 200;

	private final OrderRepository orders;

	private final EntityManager entityManager;

	OrderHistory(OrderRepository orders, EntityManager entityManager) {
		this.orders = orders;
		this.entityManager = entityManager;
	}

	/**
	 * Every paid order in the order it was paid: its {@link OrderPaid}, then for each of
	 * its shipments a {@link ShipmentConfirmed} if it was confirmed and a
	 * {@link ShipmentRefunded} if its money went back, with the times they happened.
	 * @return how many orders were told
	 */
	@Transactional(readOnly = true)
	public int replay(Consumer<Object> events) {
		List<Long> ids = this.orders.findPaidIdsInPaymentOrder();
		for (int start = 0; start < ids.size(); start += CHUNK) {
			List<Order> chunk = new ArrayList<>(
					this.orders.findAllById(ids.subList(start, Math.min(ids.size(), start + CHUNK))));
			chunk.sort(Comparator.comparing(Order::getPaidAt).thenComparing(Order::getId));
			chunk.forEach((order) -> tell(order, events));
			// The EntityManager, not a repository: only it can let go of a replayed
			// chunk.
			this.entityManager.clear();
		}
		return ids.size();
	}

	private static void tell(Order order, Consumer<Object> events) {
		List<OrderPaid.PaidShipment> paid = order.getShipments()
			.stream()
			.filter((shipment) -> shipment.getPaidAt() != null)
			.map((shipment) -> new OrderPaid.PaidShipment(shipment.getId(), shipment.getSellerId(),
					shipment.getDeliveryCharge(), shipment.orderedLines()))
			.toList();
		events.accept(new OrderPaid(order.getId(), order.getOrderNumber(), order.getShopperId(), order.getPaidAt(),
				order.getTotal(), paid));
		for (Shipment shipment : order.getShipments()) {
			if (shipment.getPaidAt() == null) {
				continue;
			}
			if (shipment.getConfirmedAt() != null) {
				events.accept(new ShipmentConfirmed(shipment.getId(), order.getId(), order.getOrderNumber(),
						order.getShopperId(), shipment.getSellerId(), shipment.getConfirmedAt(),
						shipment.getDeliveryCharge(), shipment.orderedLines()));
			}
			Instant refundedAt = null;
			ShipmentRefunded.Reason reason = null;
			if (shipment.getStatus() == ShipmentStatus.CANCELLED && shipment.getCancelledAt() != null) {
				refundedAt = shipment.getCancelledAt();
				reason = ShipmentRefunded.Reason.CANCELLED;
			}
			else if (shipment.getStatus() == ShipmentStatus.RETURNED && shipment.getReturnedAt() != null) {
				refundedAt = shipment.getReturnedAt();
				reason = ShipmentRefunded.Reason.RETURNED;
			}
			if (refundedAt != null) {
				events.accept(new ShipmentRefunded(shipment.getId(), order.getId(), order.getOrderNumber(),
						order.getShopperId(), shipment.getSellerId(), refundedAt, reason, shipment.getDeliveryCharge(),
						shipment.orderedLines(), shipment.getDiscount()));
			}
		}
	}

}
