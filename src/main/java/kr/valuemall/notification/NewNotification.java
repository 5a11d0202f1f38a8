package kr.valuemall.notification;

import java.time.Instant;
import java.util.List;

import kr.valuemall.order.OrderedLine;

/**
 * A notification about to be recorded: who is told what, about which order (and which
 * seller's shipment of it, if only one), with copies of what the event said and when it
 * happened, which tells a repeat of the same event from a new one.
 */
record NewNotification(long accountId, NotificationKind kind, String orderNumber, Long shipmentId, String storeName,
		String productName, int otherItems, Long amount, Instant occurredAt) {

	private static final int PRODUCT_NAME_LENGTH = 200;

	static NewNotification of(long accountId, NotificationKind kind, String orderNumber, Long shipmentId,
			String storeName, List<OrderedLine> lines, Long amount, Instant occurredAt) {
		String productName = lines.isEmpty() ? null : lines.get(0).productName();
		if (productName != null && productName.length() > PRODUCT_NAME_LENGTH) {
			productName = productName.substring(0, PRODUCT_NAME_LENGTH);
		}
		return new NewNotification(accountId, kind, orderNumber, shipmentId, storeName, productName,
				Math.max(lines.size() - 1, 0), amount, occurredAt);
	}

	static NewNotification of(long accountId, NotificationKind kind, String orderNumber, Long shipmentId,
			String storeName, Instant occurredAt) {
		return new NewNotification(accountId, kind, orderNumber, shipmentId, storeName, null, 0, null, occurredAt);
	}

	String link() {
		return this.kind.link(this.orderNumber);
	}

}
