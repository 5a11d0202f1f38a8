package kr.valuemall.order;

/**
 * Where one seller's part of an order is. A shipment waits for the deposit when the
 * shopper pays by bank transfer; after that it follows DESIGN.md's life cycle.
 */
public enum ShipmentStatus {

	AWAITING_DEPOSIT, PAID, PREPARING, SHIPPED, DELIVERED, CONFIRMED, CANCELLED, RETURN_REQUESTED, RETURNED;

}
