package kr.valuemall.order.payment;

/**
 * Why money goes back: a shipment (or some of its lines) cancelled before it was sent,
 * returned or refunded after it was sent, or a deposit that came after its order expired.
 */
public enum RefundCause {

	CANCELLED, RETURNED, LATE_DEPOSIT

}
