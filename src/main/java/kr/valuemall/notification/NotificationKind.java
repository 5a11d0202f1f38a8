package kr.valuemall.notification;

/**
 * What a notification says. The first seven are for the shopper, the rest for the seller
 * (or the applicant); each has its text under {@code notification.kind.<NAME>} in the
 * message bundles. The payout account ones concern no order: they carry a detail instead
 * (the new account's last digits, or staff's reason), worded by
 * {@code notification.detail.<NAME>}.
 */
enum NotificationKind {

	ORDER_PAID(Audience.SHOPPER, AmountMeaning.PAID),

	SHIPMENT_PREPARING(Audience.SHOPPER, AmountMeaning.NONE),

	SHIPMENT_SHIPPED(Audience.SHOPPER, AmountMeaning.NONE),

	SHIPMENT_DELIVERED(Audience.SHOPPER, AmountMeaning.NONE),

	ORDER_CANCELLED(Audience.SHOPPER, AmountMeaning.REFUNDED),

	RETURN_APPROVED(Audience.SHOPPER, AmountMeaning.REFUNDED),

	RETURN_REFUSED(Audience.SHOPPER, AmountMeaning.NONE),
	/** Staff refunded all or some of a shipment, with the reason the shopper is told. */
	ORDER_REFUNDED(Audience.SHOPPER, AmountMeaning.REFUNDED),

	NEW_ORDER(Audience.SELLER, AmountMeaning.ORDERED),

	SALE_CANCELLED(Audience.SELLER, AmountMeaning.REFUNDED),

	RETURN_REQUESTED(Audience.SELLER, AmountMeaning.NONE),

	PURCHASE_CONFIRMED(Audience.SELLER, AmountMeaning.CONFIRMED),
	/** Staff refunded all or some of a sale; settlement takes it back. */
	SALE_REFUNDED(Audience.SELLER, AmountMeaning.REFUNDED),

	PAYOUT_ACCOUNT_APPROVED(Audience.SELLER_ACCOUNT, AmountMeaning.NONE),

	PAYOUT_ACCOUNT_REJECTED(Audience.SELLER_ACCOUNT, AmountMeaning.NONE),

	APPLICATION_APPROVED(Audience.APPLICANT, AmountMeaning.NONE),

	APPLICATION_REJECTED(Audience.APPLICANT, AmountMeaning.NONE),

	APPLICATION_CHANGES_REQUESTED(Audience.APPLICANT, AmountMeaning.NONE),

	LISTING_HELD(Audience.LISTING, AmountMeaning.NONE),

	LISTING_RELEASED(Audience.LISTING, AmountMeaning.NONE),

	LISTING_REJECTED(Audience.LISTING, AmountMeaning.NONE),

	STORE_SUSPENDED(Audience.STORE, AmountMeaning.NONE),

	STORE_REINSTATED(Audience.STORE, AmountMeaning.NONE),
	/** A shopper asked about one of the seller's products (the detail: its name). */
	QUESTION_ASKED(Audience.QUESTION_SELLER, AmountMeaning.NONE),
	/** The seller answered the shopper's question (the detail: the product's name). */
	QUESTION_ANSWERED(Audience.QUESTION_ASKER, AmountMeaning.NONE);

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
	 * Where the reader acts on it: the shopper's order page, the seller's order desk, or
	 * the seller's payout account page.
	 */
	String link(String orderNumber) {
		return switch (this.audience) {
			case SHOPPER -> "/orders/" + orderNumber;
			case SELLER -> "/seller/orders";
			case SELLER_ACCOUNT -> "/seller/payout-account";
			case APPLICANT -> (this == APPLICATION_APPROVED) ? "/seller" : "/seller/apply";
			case LISTING -> "/seller/products";
			case STORE -> "/seller";
			case QUESTION_SELLER -> "/seller/questions";
			case QUESTION_ASKER -> "/questions/mine";
		};
	}

	/** The message that words the detail, e.g. 사유: …; null when it carries none. */
	String detailKey() {
		return (this.audience == Audience.SELLER_ACCOUNT || this.audience == Audience.APPLICANT
				|| this.audience == Audience.LISTING || this.audience == Audience.STORE
				|| this.audience == Audience.QUESTION_SELLER || this.audience == Audience.QUESTION_ASKER
				|| this == ORDER_REFUNDED || this == SALE_REFUNDED) ? "notification.detail." + name() : null;
	}

	enum Audience {

		SHOPPER, SELLER, SELLER_ACCOUNT, APPLICANT, LISTING, STORE, QUESTION_SELLER, QUESTION_ASKER

	}

	enum AmountMeaning {

		NONE, PAID, ORDERED, REFUNDED, CONFIRMED

	}

}
