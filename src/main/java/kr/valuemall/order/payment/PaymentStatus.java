package kr.valuemall.order.payment;

/**
 * A payment's state as this mall knows it. UNKNOWN is a call that got no answer: the
 * reconciliation job asks the gateway what happened before anything else is done.
 */
public enum PaymentStatus {

	REQUESTED, APPROVED, DECLINED, UNKNOWN, AWAITING_DEPOSIT, EXPIRED

}
