package kr.valuemall.order.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.order.cart.Carts;
import kr.valuemall.order.fulfilment.IllegalShipmentTransition;
import kr.valuemall.order.fulfilment.Order;
import kr.valuemall.order.fulfilment.OrderNotFound;
import kr.valuemall.order.fulfilment.OrderProperties;
import kr.valuemall.order.fulfilment.OrderRepository;
import kr.valuemall.order.fulfilment.OrderStatus;
import kr.valuemall.order.fulfilment.RefundQuote;
import kr.valuemall.order.PriceOffers;
import kr.valuemall.order.ProductShelf;

/**
 * Records what the gateways answered and keeps the books straight afterwards: an
 * unanswered card payment is looked up before anything else happens to its order, a
 * deposit that never came cancels its order, a refund happens once per shipment.
 */
@Service
@Transactional
public class Payments {

	private static final Logger logger = LoggerFactory.getLogger(Payments.class);

	private final OrderRepository orders;

	private final PaymentRepository payments;

	private final Map<PaymentMethod, PaymentGateway> gateways = new EnumMap<>(PaymentMethod.class);

	private final ProductShelf shelf;

	private final Carts carts;

	private final OrderProperties properties;

	private final ObjectProvider<PriceOffers> offers;

	private final TransactionTemplate transaction;

	private final RefundRepository refunds;

	private final RefundAccounts accounts;

	private final RefundDesk desk;

	private final Clock clock;

	Payments(OrderRepository orders, PaymentRepository payments, List<PaymentGateway> gateways, ProductShelf shelf,
			Carts carts, OrderProperties properties, ObjectProvider<PriceOffers> offers,
			PlatformTransactionManager transactions, RefundRepository refunds, RefundAccounts accounts, RefundDesk desk,
			Clock clock) {
		this.refunds = refunds;
		this.accounts = accounts;
		this.desk = desk;
		this.offers = offers;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.orders = orders;
		this.payments = payments;
		gateways.forEach((gateway) -> this.gateways.put(gateway.method(), gateway));
		this.shelf = shelf;
		this.carts = carts;
		this.clock = clock;
	}

	public PaymentGateway gateway(PaymentMethod method) {
		return this.gateways.get(method);
	}

	/**
	 * Applies a gateway's answer to the order. Settled payments ignore later answers, so
	 * a reconciliation racing a slow answer changes nothing twice.
	 */
	public Order record(long orderId, PaymentGateway.Answer answer) {
		Order order = this.orders.findForUpdate(orderId).orElseThrow();
		Payment payment = this.payments.findByOrderId(orderId).orElseThrow();
		if (payment.getStatus() != PaymentStatus.REQUESTED && payment.getStatus() != PaymentStatus.UNKNOWN) {
			return order;
		}
		Instant now = this.clock.instant();
		if (answer instanceof PaymentGateway.Approved approved) {
			payment.approved(approved.reference(), now);
			order.paid(now);
			clearBought(order);
		}
		else if (answer instanceof PaymentGateway.Declined declined) {
			payment.declined(declined.code(), now);
			this.shelf.giveBack(order.paymentFailed(now));
			releaseCoupon(order, now);
		}
		else if (answer instanceof PaymentGateway.DepositRequested deposit) {
			payment.awaitDeposit(deposit.bank(), deposit.account(), deposit.deadline());
			order.awaitDeposit(now);
			clearBought(order);
		}
		else {
			payment.unanswered();
			logger.warn("Payment of order {} got no answer; reconciliation will ask the gateway",
					order.getOrderNumber());
		}
		this.payments.save(payment);
		return this.orders.save(order);
	}

	/**
	 * Card payments whose calls got no answer: asks the gateway and settles each in its
	 * own transaction, the gateway asked outside any. Only payments older than the
	 * gateway's longest answer time (plus a margin) are asked about, so a call still on
	 * its way is not taken for one that charged nothing.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int reconcile() {
		Instant cutoff = this.clock.instant().minus(this.properties.reconcileAfter());
		List<Payment> unsettled = this.payments.findUnsettledBefore(cutoff);
		for (Payment payment : unsettled) {
			Optional<String> charge = this.gateways.get(payment.getMethod()).lookup(payment.getPaymentKey());
			PaymentGateway.Answer answer = charge.<PaymentGateway.Answer>map(PaymentGateway.Approved::new)
				.orElseGet(() -> new PaymentGateway.Declined("NO_ANSWER"));
			Order order = this.transaction.execute((status) -> record(payment.getOrderId(), answer));
			logger.info("Reconciled payment of order {}: {}", order.getOrderNumber(), order.getStatus());
		}
		return unsettled.size();
	}

	/** Staff saw the deposit for a bank-transfer order. */
	Order confirmDeposit(String orderNumber) {
		Order order = this.orders.findByOrderNumberForUpdate(orderNumber)
			.orElseThrow(() -> OrderNotFound.of(orderNumber));
		Payment payment = this.payments.findByOrderId(order.getId()).orElseThrow();
		if (payment.getStatus() != PaymentStatus.AWAITING_DEPOSIT) {
			throw IllegalShipmentTransition.of(order.getShipments().get(0).getId(),
					order.getShipments().get(0).getStatus(), "take a deposit");
		}
		Instant now = this.clock.instant();
		payment.approved("DEPOSIT-" + orderNumber, now);
		order.paid(now);
		this.payments.save(payment);
		return this.orders.save(order);
	}

	/**
	 * Bank-transfer orders whose deposit did not come in time are cancelled, stock
	 * returned.
	 */
	public int expireDeposits() {
		Instant now = this.clock.instant();
		List<Payment> overdue = this.payments.findDepositsOverdue(now);
		for (Payment payment : overdue) {
			Order order = this.orders.findForUpdate(payment.getOrderId()).orElseThrow();
			if (order.getStatus() == OrderStatus.AWAITING_DEPOSIT) {
				payment.expired(now);
				this.shelf.giveBack(order.paymentFailed(now));
				releaseCoupon(order, now);
				this.payments.save(payment);
				this.orders.save(order);
				logger.info("Order {} cancelled: no deposit by {}", order.getOrderNumber(),
						payment.getDepositDeadline());
			}
		}
		return overdue.size();
	}

	/**
	 * Records what a refund of a shipment's lines gives back, in the caller's
	 * transaction, before any gateway is asked: a card refund goes to the gateway once
	 * this commits (and is retried until it answers), a bank-transfer refund waits for
	 * the shopper's refund account and staff.
	 * @param reason what the shopper is told, or null
	 * @param staff who decided it when staff did, or null
	 * @return the refund, with its id
	 */
	public Refund recordRefund(Order order, RefundQuote quote, String reason, String staff, Instant at) {
		Payment payment = this.payments.findByOrderId(order.getId()).orElseThrow();
		payment.refunded(quote.amount());
		this.payments.save(payment);
		Refund refund = this.refunds
			.save(new Refund(payment, quote.shipmentId(), quote.sent() ? RefundCause.RETURNED : RefundCause.CANCELLED,
					quote.amount(), quote.last(), reason, staff, this.accounts.has(order.getId()), at));
		this.desk.tryAfterCommit(refund);
		return refund;
	}

	/** An order's refunds, oldest first. */
	@Transactional(readOnly = true)
	public List<Refund> refundsOf(long orderId) {
		return this.refunds.findByOrderIdOrderById(orderId);
	}

	/** The refunds of these orders, oldest first. */
	@Transactional(readOnly = true)
	public List<Refund> refundsOf(java.util.Collection<Long> orderIds) {
		return orderIds.isEmpty() ? List.of() : this.refunds.findByOrderIdInOrderById(orderIds);
	}

	@Transactional(readOnly = true)
	public Optional<Payment> of(long orderId) {
		return this.payments.findByOrderId(orderId);
	}

	/** A coupon used by an order that was never paid counts as unused again. */
	private void releaseCoupon(Order order, Instant now) {
		if (order.getCouponCode() != null) {
			this.offers.getIfAvailable(() -> PriceOffers.NONE).releaseCoupon(order.getIdempotencyKey(), now);
		}
	}

	private void clearBought(Order order) {
		this.carts.removeBought(order.getShopperId(), Order.quantities(order.getShipments()).keySet());
	}

}
