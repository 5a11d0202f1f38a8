package kr.valuemall.notification;

/**
 * What a notification says. The first seven are for the shopper, the rest for the seller;
 * each has its text under {@code notification.kind.<NAME>} in the message bundles.
 */
enum NotificationKind {

	ORDER_PAID(Audience.SHOPPER, AmountMeaning.PAID),

	SHIPMENT_PREPARING(Audience.SHOPPER, AmountMeaning.NONE),

	SHIPMENT_SHIPPED(Audience.SHOPPER, AmountMeaning.NONE),

	SHIPMENT_DELIVERED(Audience.SHOPPER, AmountMeaning.NONE),

	ORDER_CANCELLED(Audience.SHOPPER, AmountMeaning.REFUNDED),

	RETURN_APPROVED(Audience.SHOPPER, AmountMeaning.REFUNDED),

	RETURN_REFUSED(Audience.SHOPPER, AmountMeaning.NONE),

	NEW_ORDER(Audience.SELLER, AmountMeaning.ORDERED),

	SALE_CANCELLED(Audience.SELLER, AmountMeaning.REFUNDED),

	RETURN_REQUESTED(Audience.SELLER, AmountMeaning.NONE),

	PURCHASE_CONFIRMED(Audience.SELLER, AmountMeaning.CONFIRMED);

	private final Audience audience;

	private final AmountMeaning amount;

	NotificationKind(Audience audience, AmountMeaning amount) {
		this.audience = audience;
		this.amount = amount;
	}

	String messageKey() {
		return "notification.kind." + name();
	}

	/** The message that labels the amount, e.g. 환불 금액; null when it carries none. */
	String amountKey() {
		return (this.amount != AmountMeaning.NONE) ? "notification.amount." + this.amount.name() : null;
	}

	/**
	 * Where the reader acts on it: the shopper's order page or the seller's order desk.
	 */
	String link(String orderNumber) {
		return (this.audience == Audience.SHOPPER) ? "/orders/" + orderNumber : "/seller/orders";
	}

	enum Audience {

		SHOPPER, SELLER

	}

	enum AmountMeaning {

		NONE, PAID, ORDERED, REFUNDED, CONFIRMED

	}

}
