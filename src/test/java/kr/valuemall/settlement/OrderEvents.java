package kr.valuemall.settlement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.order.OrderPaid;
import kr.valuemall.order.OrderedLine;
import kr.valuemall.order.ShipmentConfirmed;
import kr.valuemall.order.ShipmentRefunded;
import kr.valuemall.order.ShipmentStatus;
import kr.valuemall.order.ShipmentStatusChanged;
import kr.valuemall.settlement.ledger.Ledger;
import kr.valuemall.web.DateTimeDisplay;

import static org.awaitility.Awaitility.await;

/**
 * Publishes the order module's events as the order module does (inside a transaction, so
 * the listeners run after commit) and waits until settlement has handled them.
 */
class OrderEvents {

	private static final AtomicLong ids = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Ledger ledger;

	OrderEvents(ApplicationEventPublisher events, TransactionTemplate transactions, Ledger ledger) {
		this.events = events;
		this.transactions = transactions;
		this.ledger = ledger;
	}

	static Instant seoul(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(DateTimeDisplay.SEOUL).toInstant();
	}

	/** A paid shipment of one seller, its lines priced as given. */
	Shipment paid(long sellerId, Instant paidAt, long shippingFee, long... amounts) {
		return paidNamed(sellerId, paidAt, null, shippingFee, amounts);
	}

	/** The same, with the product name of its lines given. */
	Shipment paidNamed(long sellerId, Instant paidAt, String productName, long shippingFee, long... amounts) {
		return paidWithCoupon(sellerId, paidAt, productName, shippingFee, 0, amounts);
	}

	/**
	 * A paid shipment whose order used a coupon: the shopper paid its total less the
	 * discount, the lines keep their undiscounted amounts (as the order module sends
	 * them).
	 */
	Shipment paidWithCoupon(long sellerId, Instant paidAt, String productName, long shippingFee, long discount,
			long... amounts) {
		long orderId = ids.incrementAndGet();
		long shipmentId = ids.incrementAndGet();
		List<OrderedLine> lines = new ArrayList<>();
		for (long amount : amounts) {
			long lineId = ids.incrementAndGet();
			lines.add(new OrderedLine(lineId, 1000 + lineId, (productName != null) ? productName : "상품 " + lineId,
					"food", 1, amount, amount, null));
		}
		Shipment shipment = new Shipment(orderId, "VM-" + orderId, shipmentId, sellerId, 9L, shippingFee, lines,
				discount);
		long total = shipment.total() - discount;
		publish(new OrderPaid(orderId, shipment.orderNumber(), 9L, paidAt, total,
				List.of(new OrderPaid.PaidShipment(shipmentId, sellerId, shippingFee, lines))));
		awaitEntry("paid:order:" + orderId);
		return shipment;
	}

	void confirmed(Shipment shipment, Instant confirmedAt) {
		publish(confirmation(shipment, confirmedAt));
		awaitEntry("confirmed:shipment:" + shipment.shipmentId());
	}

	ShipmentConfirmed confirmation(Shipment shipment, Instant confirmedAt) {
		return new ShipmentConfirmed(shipment.shipmentId(), shipment.orderId(), shipment.orderNumber(),
				shipment.shopperId(), shipment.sellerId(), confirmedAt, shipment.shippingFee(), shipment.lines());
	}

	ShipmentRefunded refund(Shipment shipment, Instant refundedAt, ShipmentRefunded.Reason reason) {
		return new ShipmentRefunded(shipment.shipmentId(), shipment.orderId(), shipment.orderNumber(),
				shipment.shopperId(), shipment.sellerId(), refundedAt, reason, shipment.shippingFee(), shipment.lines(),
				shipment.couponDiscount());
	}

	void refunded(Shipment shipment, Instant refundedAt, ShipmentRefunded.Reason reason) {
		publish(refund(shipment, refundedAt, reason));
		awaitEntry("refund:shipment:" + shipment.shipmentId());
	}

	void status(Shipment shipment, ShipmentStatus from, ShipmentStatus to, Instant at) {
		publish(new ShipmentStatusChanged(shipment.shipmentId(), shipment.orderNumber(), shipment.shopperId(),
				shipment.sellerId(), from, to, at));
	}

	void publish(Object... published) {
		this.transactions.executeWithoutResult((status) -> {
			for (Object event : published) {
				this.events.publishEvent(event);
			}
		});
	}

	void awaitEntry(String sourceKey) {
		await().atMost(Duration.ofSeconds(60)).until(() -> this.ledger.contains(sourceKey));
	}

	record Shipment(long orderId, String orderNumber, long shipmentId, long sellerId, long shopperId, long shippingFee,
			List<OrderedLine> lines, long couponDiscount) {

		long itemTotal() {
			return this.lines.stream().mapToLong(OrderedLine::amount).sum();
		}

		long total() {
			return itemTotal() + this.shippingFee;
		}

	}

}
