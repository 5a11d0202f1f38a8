package kr.valuemall.notification;

import java.time.Instant;
import java.util.List;

import kr.valuemall.order.OrderedLine;

/**
 * A notification about to be recorded: who is told what, about which order (and which
 * seller's shipment of it, if only one), with copies of what the event said and when it
 * happened, which tells a repeat of the same event from a new one. One about no order has
 * no order number and carries a {@code detail} instead.
 */
record NewNotification(long accountId, NotificationKind kind, String orderNumber, Long shipmentId, String storeName,
		String productName, int otherItems, Long amount, String detail, Instant occurredAt) {

	private static final int DETAIL_LENGTH = 1000;

	private static final int PRODUCT_NAME_LENGTH = 200;

	static NewNotification of(long accountId, NotificationKind kind, String orderNumber, Long shipmentId,
			String storeName, List<OrderedLine> lines, Long amount, Instant occurredAt) {
		String productName = lines.isEmpty() ? null : lines.get(0).nameWithOption();
		if (productName != null && productName.length() > PRODUCT_NAME_LENGTH) {
			productName = productName.substring(0, PRODUCT_NAME_LENGTH);
		}
		return new NewNotification(accountId, kind, orderNumber, shipmentId, storeName, productName,
				Math.max(lines.size() - 1, 0), amount, null, occurredAt);
	}

	static NewNotification of(long accountId, NotificationKind kind, String orderNumber, Long shipmentId,
			String storeName, Instant occurredAt) {
		return new NewNotification(accountId, kind, orderNumber, shipmentId, storeName, null, 0, null, null,
				occurredAt);
	}

	/** About no order: what happened to the account's store, with its detail. */
	static NewNotification about(long accountId, NotificationKind kind, String detail, Instant occurredAt) {
		String shown = (detail != null && detail.length() > DETAIL_LENGTH) ? detail.substring(0, DETAIL_LENGTH)
				: detail;
		return new NewNotification(accountId, kind, null, null, null, null, 0, null, shown, occurredAt);
	}

	/** The same notification with a detail (staff's reason). */
	NewNotification withDetail(String text) {
		String shown = (text != null && text.length() > DETAIL_LENGTH) ? text.substring(0, DETAIL_LENGTH) : text;
		return new NewNotification(this.accountId, this.kind, this.orderNumber, this.shipmentId, this.storeName,
				this.productName, this.otherItems, this.amount, shown, this.occurredAt);
	}

	String link() {
		return this.kind.link(this.orderNumber);
	}

}
