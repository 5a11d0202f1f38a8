package kr.valuemall.order.payment;

/**
 * A late deposit was recorded for an order that is not a bank-transfer order whose
 * deposit deadline passed: nothing to send back that way.
 */
public class LateDepositRefused extends RuntimeException {

	LateDepositRefused(String orderNumber) {
		super("Order " + orderNumber + " is not an expired bank-transfer order");
	}

}
