package kr.valuemall.order;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	OrderHistory(OrderRepository orders, EntityManager entityManager, Payments payments, JdbcClient jdbc) {
		this.orders = orders;
		this.payments = payments;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	/** How many orders were paid: what {@link #facts} tells in all. */
	@Transactional(readOnly = true)
	public int paidOrders() {
		return this.jdbc.sql("SELECT count(*) FROM customer_order WHERE paid_at IS NOT NULL")
			.query(Integer.class)
			.single();
	}

	/**
	 * Every paid order as plain facts ({@link OrderFacts}), in batches of at most
	 * {@code batchSize} orders by order id, a few set-based queries a batch: for a module
	 * that rebuilds in SQL what it made of the events {@link #replay} tells. Nothing is
	 * published.
	 * @return how many orders were told
	 */
	@Transactional(readOnly = true)
	public int facts(int batchSize, Consumer<OrderFacts> batches) {
		long after = 0;
		int told = 0;
		while (true) {
			Long upto = this.jdbc.sql("""
					SELECT max(id) FROM (SELECT id FROM customer_order WHERE paid_at IS NOT NULL AND id > :after
						ORDER BY id LIMIT :size) batch""")
				.param("after", after)
				.param("size", batchSize)
				.query(Long.class)
				.optional()
				.orElse(null);
			if (upto == null) {
				return told;
			}
			OrderFacts facts = factsBetween(after, upto);
			told += facts.orders().size();
			batches.accept(facts);
			after = upto;
		}
	}

	private OrderFacts factsBetween(long after, long upto) {
		List<OrderFacts.PaidOrder> paidOrders = this.jdbc.sql("""
				SELECT id, paid_at FROM customer_order WHERE paid_at IS NOT NULL AND id > :after AND id <= :upto""")
			.param("after", after)
			.param("upto", upto)
			.query((rs, row) -> new OrderFacts.PaidOrder(rs.getLong(1), rs.getTimestamp(2).toInstant()))
			.list();
		List<OrderFacts.PaidShipment> shipments = this.jdbc.sql("""
				SELECT s.id, s.order_id, s.seller_id, o.paid_at, s.confirmed_at
				FROM customer_order o JOIN shipment s ON s.order_id = o.id
				WHERE o.paid_at IS NOT NULL AND s.paid_at IS NOT NULL AND o.id > :after AND o.id <= :upto""")
			.param("after", after)
			.param("upto", upto)
			.query((rs, row) -> new OrderFacts.PaidShipment(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					rs.getTimestamp(4).toInstant(), instant(rs.getTimestamp(5))))
			.list();
		List<OrderFacts.ShipmentRefund> refunds = this.jdbc.sql("""
				SELECT r.id, r.shipment_id, s.seller_id, r.created_at
				FROM customer_order o JOIN refund r ON r.order_id = o.id
					JOIN shipment s ON s.id = r.shipment_id AND s.order_id = o.id
				WHERE o.paid_at IS NOT NULL AND s.paid_at IS NOT NULL AND o.id > :after AND o.id <= :upto""")
			.param("after", after)
			.param("upto", upto)
			.query((rs, row) -> new OrderFacts.ShipmentRefund(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					rs.getTimestamp(4).toInstant()))
			.list();
		// Kept at confirmation as replay tells it: a line refunded before the
		// confirmation is not in the confirmed shipment.
		List<OrderFacts.Line> lines = this.jdbc.sql("""
				SELECT l.id, l.shipment_id, s.seller_id, l.product_id, l.category_slug, l.campaign_id, l.amount,
					l.refund_id, s.confirmed_at IS NOT NULL
						AND (l.refund_id IS NULL OR f.id IS NULL OR f.created_at >= s.confirmed_at) AS kept
				FROM customer_order o JOIN shipment s ON s.order_id = o.id JOIN order_line l ON l.shipment_id = s.id
					LEFT JOIN refund f ON f.id = l.refund_id AND f.shipment_id = s.id AND f.order_id = o.id
				WHERE o.paid_at IS NOT NULL AND s.paid_at IS NOT NULL AND o.id > :after AND o.id <= :upto""")
			.param("after", after)
			.param("upto", upto)
			.query((rs, row) -> new OrderFacts.Line(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getString(5), rs.getObject(6, Long.class), rs.getLong(7), rs.getObject(8, Long.class),
					rs.getBoolean(9)))
			.list();
		return new OrderFacts(paidOrders, shipments, refunds, lines);
	}

	private static Instant instant(Timestamp at) {
		return (at != null) ? at.toInstant() : null;
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
