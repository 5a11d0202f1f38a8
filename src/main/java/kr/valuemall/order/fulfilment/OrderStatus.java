package kr.valuemall.order.fulfilment;

/**
 * Where a checkout's payment is. After PAID each seller's shipment has its own life.
 */
public enum OrderStatus {

	PAYMENT_PENDING, AWAITING_DEPOSIT, PAID, PAYMENT_FAILED, CANCELLED

}
