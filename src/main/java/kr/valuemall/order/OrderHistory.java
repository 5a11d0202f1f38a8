package kr.valuemall.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.order.fulfilment.Order;
import kr.valuemall.order.fulfilment.OrderLine;
import kr.valuemall.order.fulfilment.OrderRepository;
import kr.valuemall.order.fulfilment.Shipment;
import kr.valuemall.order.payment.Payments;
import kr.valuemall.order.payment.Refund;
import kr.valuemall.order.payment.RefundCause;

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

	private final Payments payments;

	OrderHistory(OrderRepository orders, EntityManager entityManager, Payments payments) {
		this.orders = orders;
		this.payments = payments;
		this.entityManager = entityManager;
	}

	/**
	 * Every paid order in the order it was paid: its {@link OrderPaid}, then for each of
	 * its shipments a {@link ShipmentConfirmed} if it was confirmed (with the lines it
	 * still had then) and a {@link ShipmentRefunded} for each refund, with the times they
	 * happened.
	 * @return how many orders were told
	 */
	@Transactional(readOnly = true)
	public int replay(Consumer<Object> events) {
		List<Long> ids = this.orders.findPaidIdsInPaymentOrder();
		for (int start = 0; start < ids.size(); start += CHUNK) {
			List<Long> chunkIds = ids.subList(start, Math.min(ids.size(), start + CHUNK));
			List<Order> chunk = new ArrayList<>(this.orders.findAllById(chunkIds));
			chunk.sort(Comparator.comparing(Order::getPaidAt).thenComparing(Order::getId));
			Map<Long, List<Refund>> refunds = this.payments.refundsOf(chunkIds)
				.stream()
				.filter((refund) -> refund.getShipmentId() != null)
				.collect(Collectors.groupingBy(Refund::getShipmentId));
			chunk.forEach((order) -> tell(order, refunds, events));
			// The EntityManager, not a repository: only it can let go of a replayed
			// chunk.
			this.entityManager.clear();
		}
		return ids.size();
	}

	private static void tell(Order order, Map<Long, List<Refund>> refunds, Consumer<Object> events) {
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
			List<Refund> shipmentRefunds = refunds.getOrDefault(shipment.getId(), List.of());
			Map<Long, Instant> refundedAt = shipmentRefunds.stream()
				.collect(Collectors.toMap(Refund::getId, Refund::getCreatedAt));
			if (shipment.getConfirmedAt() != null) {
				Instant confirmedAt = shipment.getConfirmedAt();
				// What was still there when it was confirmed.
				List<OrderedLine> lines = shipment.getLines()
					.stream()
					.filter((line) -> line.getRefundId() == null
							|| !refundedAt.getOrDefault(line.getRefundId(), Instant.MAX).isBefore(confirmedAt))
					.map(OrderLine::toEvent)
					.toList();
				boolean shippingGone = shipmentRefunds.stream()
					.anyMatch((refund) -> refund.isLastOfShipment() && refund.getCreatedAt().isBefore(confirmedAt));
				events.accept(new ShipmentConfirmed(shipment.getId(), order.getId(), order.getOrderNumber(),
						order.getShopperId(), shipment.getSellerId(), confirmedAt,
						shippingGone ? 0 : shipment.getDeliveryCharge(), lines));
			}
			for (Refund refund : shipmentRefunds) {
				List<OrderedLine> lines = shipment.getLines()
					.stream()
					.filter((line) -> refund.getId().equals(line.getRefundId()))
					.map(OrderLine::toEvent)
					.toList();
				long shipping = refund.isLastOfShipment() ? shipment.getDeliveryCharge() : 0;
				long items = lines.stream().mapToLong(OrderedLine::amount).sum();
				events.accept(new ShipmentRefunded(shipment.getId(), order.getId(), order.getOrderNumber(),
						order.getShopperId(), shipment.getSellerId(), refund.getCreatedAt(),
						(refund.getCause() == RefundCause.CANCELLED) ? ShipmentRefunded.Reason.CANCELLED
								: ShipmentRefunded.Reason.RETURNED,
						shipping, lines, Math.max(0, items + shipping - refund.getAmount()), refund.getId(),
						refund.isLastOfShipment(), refund.getReason()));
			}
		}
	}

}
