package kr.valuemall.notification;

import java.time.Instant;

/**
 * A notification as a page shows it. Its text is the message {@code messageKey} with the
 * order number as argument; the store, the products and the amount (labelled by
 * {@code amountKey}) follow when the event carried them.
 */
public record NotificationView(long id, String messageKey, String orderNumber, String storeName, String productName,
		int otherItems, String amountKey, Long amount, String link, Instant createdAt, boolean unread) {

	public boolean hasAmount() {
		return this.amountKey != null && this.amount != null;
	}

}
