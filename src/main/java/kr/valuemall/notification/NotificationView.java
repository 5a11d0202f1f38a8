package kr.valuemall.notification;

import java.time.Instant;

/**
 * A notification as a page shows it. Its text is the message {@code messageKey}; the
 * order number, the store, the products and the amount (labelled by {@code amountKey})
 * follow when the event carried them, and a detail (worded by {@code detailKey}) for one
 * about no order.
 */
public record NotificationView(long id, String messageKey, String orderNumber, String storeName, String productName,
		int otherItems, String amountKey, Long amount, String detailKey, String detail, String link, Instant createdAt,
		boolean unread) {

	public boolean hasAmount() {
		return this.amountKey != null && this.amount != null;
	}

	public boolean hasDetail() {
		return this.detailKey != null && this.detail != null;
	}

}
