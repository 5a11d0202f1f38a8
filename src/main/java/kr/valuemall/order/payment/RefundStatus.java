package kr.valuemall.order.payment;

/**
 * Where a refund is. A card refund is PENDING until the gateway answers (DONE) or refuses
 * it for good (FAILED, for staff to look at). A bank-transfer refund waits for the
 * shopper's refund account (AWAITING_ACCOUNT), is READY for the next bank file, IN_FILE
 * once a file holding it was downloaded, and DONE when staff mark that file paid.
 */
public enum RefundStatus {

	PENDING, AWAITING_ACCOUNT, READY, IN_FILE, DONE, FAILED

}
