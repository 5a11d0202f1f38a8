package kr.valuemall.notification;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.order.OrderPaid;
import kr.valuemall.order.OrderPaid.PaidShipment;
import kr.valuemall.order.OrderedLine;

/**
 * Publishes order events the way the order module does: inside a transaction, so the
 * listeners run after it commits.
 */
final class OrderEvents {

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	OrderEvents(TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.transactions = transactions;
		this.events = events;
	}

	void publish(Object event) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	static String orderNumber() {
		return "2026112" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
	}

	static long shipmentId() {
		return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
	}

	/** 참나무 원목 스툴 59,000원 and 호두나무 도마 2 × 18,000원: 95,000원. */
	static List<OrderedLine> lines() {
		return List.of(new OrderedLine(1, 11, "참나무 원목 스툴", "chairs-stools", 1, 59_000, 59_000, null),
				new OrderedLine(2, 12, "호두나무 도마", "kitchen", 2, 18_000, 36_000, null));
	}

	/** One shipment of {@link #lines()} with 3,000원 shipping: 98,000원 paid. */
	static OrderPaid paid(String orderNumber, long shipmentId, long shopperId, long sellerId, Instant paidAt) {
		return new OrderPaid(shipmentId, orderNumber, shopperId, paidAt, 98_000,
				List.of(new PaidShipment(shipmentId, sellerId, 3_000, lines())));
	}

}
