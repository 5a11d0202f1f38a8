package kr.valuemall.order.fulfilment;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.order.payment.Payment;
import kr.valuemall.order.payment.Payments;
import kr.valuemall.order.payment.Refund;
import kr.valuemall.order.payment.RefundAccounts;
import kr.valuemall.order.payment.RefundDesk;
import kr.valuemall.seller.Bank;

/**
 * What a shopper does with their orders. Every query is scoped to the shopper: another
 * shopper's order number answers as if it did not exist.
 */
@Service
@Transactional
public class ShopperOrders {

	static final int PAGE_SIZE = 10;

	private final OrderRepository orders;

	private final Payments payments;

	private final OrderRefunds refunds;

	private final RefundDesk refundDesk;

	private final Clock clock;

	ShopperOrders(OrderRepository orders, Payments payments, OrderRefunds refunds, RefundDesk refundDesk, Clock clock) {
		this.refundDesk = refundDesk;
		this.orders = orders;
		this.payments = payments;
		this.refunds = refunds;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Page<Order> list(long shopperId, int page) {
		Page<Order> found = this.orders.findPlacedBy(shopperId,
				PageRequest.of(Math.min(Math.max(page, 0), 10_000), PAGE_SIZE));
		found.forEach((order) -> order.getShipments().forEach((shipment) -> shipment.getLines().size()));
		return found;
	}

	@Transactional(readOnly = true)
	OrderDetails details(long shopperId, String orderNumber) {
		Order order = this.orders.findByOrderNumber(orderNumber)
			.filter((found) -> found.belongsTo(shopperId))
			.orElseThrow(() -> OrderNotFound.of(orderNumber));
		order.getShipments().forEach((shipment) -> shipment.getLines().size());
		Optional<Payment> payment = this.payments.of(order.getId());
		return new OrderDetails(order, payment.orElse(null), this.payments.refundsOf(order.getId()),
				this.refundDesk.account(order.getId()).orElse(null));
	}

	/** Cancels a shipment not yet sent: the money goes back and so does the stock. */
	Shipment cancel(long shopperId, String orderNumber, long shipmentId) {
		Order order = locked(shopperId, orderNumber);
		Shipment shipment = order.shipment(shipmentId);
		if (!shipment.isCancellable()) {
			throw IllegalShipmentTransition.of(shipmentId, shipment.getStatus(), "be cancelled");
		}
		this.refunds.refundAll(order, shipmentId, null, null);
		return shipment;
	}

	Shipment confirm(long shopperId, String orderNumber, long shipmentId) {
		Order order = locked(shopperId, orderNumber);
		Shipment shipment = order.confirm(shipmentId, this.clock.instant());
		this.orders.save(order);
		return shipment;
	}

	Shipment requestReturn(long shopperId, String orderNumber, long shipmentId, String reason) {
		Order order = locked(shopperId, orderNumber);
		Shipment shipment = order.requestReturn(shipmentId, reason, this.clock.instant());
		this.orders.save(order);
		return shipment;
	}

	/** The shopper says where their bank-transfer order's refunds go. */
	void giveRefundAccount(long shopperId, String orderNumber, Bank bank, String accountNumber, String holder) {
		Order order = locked(shopperId, orderNumber);
		if (order.getPaymentMethod() != kr.valuemall.order.payment.PaymentMethod.BANK_TRANSFER) {
			// A card is refunded to the card: there is no account to give.
			throw OrderNotFound.of(orderNumber);
		}
		this.refundDesk.giveAccount(order.getId(), bank, accountNumber, holder, null);
	}

	private Order locked(long shopperId, String orderNumber) {
		return this.orders.findByOrderNumberForUpdate(orderNumber)
			.filter((order) -> order.belongsTo(shopperId))
			.orElseThrow(() -> OrderNotFound.of(orderNumber));
	}

	/** An order with its payment, for the order page. */
	public record OrderDetails(Order order, Payment payment, List<Refund> refunds, RefundAccounts.Shown refundAccount) {

	}

}
