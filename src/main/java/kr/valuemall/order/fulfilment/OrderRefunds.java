package kr.valuemall.order.fulfilment;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.order.ProductShelf;
import kr.valuemall.order.payment.Payments;
import kr.valuemall.order.payment.Refund;

/**
 * The one way money goes back for a shipment, whoever decides it: the shopper cancelling
 * before it is sent, the seller taking a return, staff refunding all of it or single
 * lines at any stage. The caller holds the order's lock. The refund is recorded with the
 * change (the gateway is asked after the commit), stock goes back when the goods never
 * left, and the order tells the other modules.
 */
@Service
@Transactional
public class OrderRefunds {

	private final OrderRepository orders;

	private final Payments payments;

	private final ProductShelf shelf;

	private final Clock clock;

	OrderRefunds(OrderRepository orders, Payments payments, ProductShelf shelf, Clock clock) {
		this.orders = orders;
		this.payments = payments;
		this.shelf = shelf;
		this.clock = clock;
	}

	/**
	 * @param lineIds the lines to refund; empty for every line left
	 * @param reason what the shopper is told, or null
	 * @param staff who decided it when staff did, or null
	 */
	public Refund refund(Order order, long shipmentId, Collection<Long> lineIds, String reason, String staff) {
		return refund(order, shipmentId, lineIds, reason, staff, this.clock.instant());
	}

	/** A refund at a given time: the demo's history uses it for past refunds. */
	public Refund refund(Order order, long shipmentId, Collection<Long> lineIds, String reason, String staff,
			Instant at) {
		Shipment shipment = order.shipment(shipmentId);
		RefundQuote quote = shipment.quote(lineIds);
		Refund refund = this.payments.recordRefund(order, quote, reason, staff, at);
		order.refund(quote, refund.getId(), reason, at);
		if (!quote.sent()) {
			Map<Long, Integer> back = shipment.getLines()
				.stream()
				.filter((line) -> quote.lineIds().contains(line.getId()))
				.collect(Collectors.toMap(OrderLine::getSkuId, OrderLine::getQuantity, Integer::sum));
			this.shelf.giveBack(back);
		}
		this.orders.save(order);
		return refund;
	}

	/** Every line left of a shipment. */
	public Refund refundAll(Order order, long shipmentId, String reason, String staff) {
		return refund(order, shipmentId, List.of(), reason, staff);
	}

}
