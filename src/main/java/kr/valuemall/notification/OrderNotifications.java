package kr.valuemall.notification;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import kr.valuemall.account.AccountApi;
import kr.valuemall.account.AccountSummary;
import kr.valuemall.order.OrderPaid;
import kr.valuemall.order.OrderPaid.PaidShipment;
import kr.valuemall.order.OrderedLine;
import kr.valuemall.order.ShipmentConfirmed;
import kr.valuemall.order.ShipmentRefunded;
import kr.valuemall.order.ShipmentStatus;
import kr.valuemall.order.ShipmentStatusChanged;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;

/**
 * Tells shoppers and sellers what happened to their orders. The shopper hears of payment,
 * each shipment's progress, cancellation, refunds and a refused return; the seller of a
 * new order to ship, a cancellation, a return request and a confirmed purchase.
 * <p>
 * The listeners run without a transaction of their own: each notification is written in
 * its own short one, and the e-mail goes out after it, holding no database connection
 * while the mail server answers. A notification already recorded (the event was delivered
 * again) is neither recorded nor mailed twice.
 */
@Component
class OrderNotifications {

	private static final Logger logger = LoggerFactory.getLogger(OrderNotifications.class);

	private final Inbox inbox;

	private final NotificationMail mail;

	private final AccountApi accounts;

	private final SellerApi sellers;

	OrderNotifications(Inbox inbox, NotificationMail mail, AccountApi accounts, SellerApi sellers) {
		this.inbox = inbox;
		this.mail = mail;
		this.accounts = accounts;
		this.sellers = sellers;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(OrderPaid paid) {
		List<PaidShipment> shipments = paid.shipments();
		List<OrderedLine> lines = shipments.stream().flatMap((shipment) -> shipment.lines().stream()).toList();
		String storeName = (shipments.size() == 1) ? storeName(shipments.get(0).sellerId()) : null;
		tell(NewNotification.of(paid.shopperId(), NotificationKind.ORDER_PAID, paid.orderNumber(), null, storeName,
				lines, paid.paidTotal(), paid.paidAt()));
		for (PaidShipment shipment : shipments) {
			long amount = shipment.shippingFee() + amountOf(shipment.lines());
			tellSeller(shipment.sellerId(), (account) -> NewNotification.of(account, NotificationKind.NEW_ORDER,
					paid.orderNumber(), shipment.shipmentId(), null, shipment.lines(), amount, paid.paidAt()));
		}
	}

	/**
	 * Only the moves someone is told of: a shipment paid for (most of them, one for every
	 * order) is told by {@link OrderPaid}, so the listener is not even recorded for it.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED,
			condition = "T(kr.valuemall.notification.OrderNotifications).tellsOf(#changed)")
	void on(ShipmentStatusChanged changed) {
		NotificationKind toShopper = toShopper(changed);
		if (toShopper != null) {
			tell(NewNotification.of(changed.shopperId(), toShopper, changed.orderNumber(), changed.shipmentId(),
					storeName(changed.sellerId()), changed.changedAt()));
		}
		if (changed.to() == ShipmentStatus.RETURN_REQUESTED) {
			tellSeller(changed.sellerId(), (account) -> NewNotification.of(account, NotificationKind.RETURN_REQUESTED,
					changed.orderNumber(), changed.shipmentId(), null, changed.changedAt()));
		}
	}

	/**
	 * Whether anyone is told of this move: its shopper, or its seller of a return. Public
	 * for the listener's condition (SpEL calls public methods only).
	 */
	public static boolean tellsOf(ShipmentStatusChanged changed) {
		return toShopper(changed) != null || changed.to() == ShipmentStatus.RETURN_REQUESTED;
	}

	/** What the shopper is told of this move, or null. */
	private static NotificationKind toShopper(ShipmentStatusChanged changed) {
		return switch (changed.to()) {
			case PREPARING -> NotificationKind.SHIPMENT_PREPARING;
			case SHIPPED -> NotificationKind.SHIPMENT_SHIPPED;
			case DELIVERED -> (changed.from() == ShipmentStatus.RETURN_REQUESTED) ? NotificationKind.RETURN_REFUSED
					: NotificationKind.SHIPMENT_DELIVERED;
			// Paid orders are cancelled with a refund (ShipmentRefunded says so, with the
			// amount); an order never paid for is only cancelled.
			case CANCELLED ->
				(changed.from() == ShipmentStatus.AWAITING_DEPOSIT) ? NotificationKind.ORDER_CANCELLED : null;
			default -> null;
		};
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ShipmentRefunded refunded) {
		if (refunded.note() != null) {
			// Staff refunded it: both are told why.
			tell(NewNotification
				.of(refunded.shopperId(), NotificationKind.ORDER_REFUNDED, refunded.orderNumber(),
						refunded.shipmentId(), storeName(refunded.sellerId()), refunded.lines(),
						refunded.refundedToShopper(), refunded.refundedAt())
				.withDetail(refunded.note()));
			tellSeller(refunded.sellerId(),
					(account) -> NewNotification
						.of(account, NotificationKind.SALE_REFUNDED, refunded.orderNumber(), refunded.shipmentId(),
								null, refunded.lines(), refunded.total(), refunded.refundedAt())
						.withDetail(refunded.note()));
			return;
		}
		boolean cancelled = refunded.reason() == ShipmentRefunded.Reason.CANCELLED;
		NotificationKind toShopper = cancelled ? NotificationKind.ORDER_CANCELLED : NotificationKind.RETURN_APPROVED;
		tell(NewNotification.of(refunded.shopperId(), toShopper, refunded.orderNumber(), refunded.shipmentId(),
				storeName(refunded.sellerId()), refunded.lines(), refunded.refundedToShopper(), refunded.refundedAt()));
		if (cancelled) {
			// A return reaches the seller as its request; the refund is the seller's own
			// answer.
			tellSeller(refunded.sellerId(),
					(account) -> NewNotification.of(account, NotificationKind.SALE_CANCELLED, refunded.orderNumber(),
							refunded.shipmentId(), null, refunded.lines(), refunded.total(), refunded.refundedAt()));
		}
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ShipmentConfirmed confirmed) {
		long amount = confirmed.shippingFee() + amountOf(confirmed.lines());
		tellSeller(confirmed.sellerId(),
				(account) -> NewNotification.of(account, NotificationKind.PURCHASE_CONFIRMED, confirmed.orderNumber(),
						confirmed.shipmentId(), null, confirmed.lines(), amount, confirmed.confirmedAt()));
	}

	private void tellSeller(long sellerId, LongFunction<NewNotification> notification) {
		Optional<StoreSummary> store = this.sellers.store(sellerId);
		if (store.isEmpty()) {
			logger.warn("No approved store {} to notify", sellerId);
			return;
		}
		tell(notification.apply(store.get().accountId()));
	}

	private void tell(NewNotification notification) {
		Optional<AccountSummary> account = this.accounts.findById(notification.accountId());
		if (account.isEmpty()) {
			logger.warn("No account {} to notify of {}", notification.accountId(), notification.kind());
			return;
		}
		if (this.inbox.deliver(notification)) {
			this.mail.send(account.get(), notification);
		}
	}

	private String storeName(long sellerId) {
		return this.sellers.store(sellerId).map(StoreSummary::storeName).orElse(null);
	}

	private static long amountOf(List<OrderedLine> lines) {
		return lines.stream().mapToLong(OrderedLine::amount).sum();
	}

}
