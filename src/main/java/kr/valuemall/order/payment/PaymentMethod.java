package kr.valuemall.order.payment;

/**
 * How a shopper pays: by card through the card gateway, or by bank transfer into a
 * virtual account issued for the order.
 */
public enum PaymentMethod {

	CARD, BANK_TRANSFER

}
