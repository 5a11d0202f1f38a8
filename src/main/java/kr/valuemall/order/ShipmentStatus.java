package kr.valuemall.order;

/**
 * Where one seller's part of an order is. A shipment is PENDING while the card payment is
 * being made and waits for the deposit when the shopper pays by bank transfer; after that
 * it follows DESIGN.md's life cycle.
 */
public enum ShipmentStatus {

	PENDING, AWAITING_DEPOSIT, PAID, PREPARING, SHIPPED, DELIVERED, CONFIRMED, CANCELLED, RETURN_REQUESTED, RETURNED;

}
