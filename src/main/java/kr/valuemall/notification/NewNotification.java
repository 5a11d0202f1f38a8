package kr.valuemall.notification;

import java.util.List;

import kr.valuemall.order.OrderedLine;

/**
 * A notification about to be recorded: who is told what, about which order (and which
 * seller's shipment of it, if only one), with copies of what the event said.
 */
record NewNotification(long accountId, NotificationKind kind, String orderNumber, Long shipmentId, String storeName,
		String productName, int otherItems, Long amount) {

	private static final int PRODUCT_NAME_LENGTH = 200;

	static NewNotification of(long accountId, NotificationKind kind, String orderNumber, Long shipmentId,
			String storeName, List<OrderedLine> lines, Long amount) {
		String productName = lines.isEmpty() ? null : lines.get(0).productName();
		if (productName != null && productName.length() > PRODUCT_NAME_LENGTH) {
			productName = productName.substring(0, PRODUCT_NAME_LENGTH);
		}
		return new NewNotification(accountId, kind, orderNumber, shipmentId, storeName, productName,
				Math.max(lines.size() - 1, 0), amount);
	}

	static NewNotification of(long accountId, NotificationKind kind, String orderNumber, Long shipmentId,
			String storeName) {
		return new NewNotification(accountId, kind, orderNumber, shipmentId, storeName, null, 0, null);
	}

	String link() {
		return this.kind.link(this.orderNumber);
	}

}
