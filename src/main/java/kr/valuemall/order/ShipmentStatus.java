package kr.valuemall.order;

/**
 * <<<<<<< HEAD Where one seller's part of an order is. A shipment is PENDING while the
 * card payment is being made and waits for the deposit when the shopper pays by bank
 * transfer; after that it follows DESIGN.md's life cycle. ======= Where one seller's part
 * of an order is. A shipment waits for the deposit when the shopper pays by bank
 * transfer; after that it follows DESIGN.md's life cycle. >>>>>>> notify
 */
public enum ShipmentStatus {

	PENDING, AWAITING_DEPOSIT, PAID, PREPARING, SHIPPED, DELIVERED, CONFIRMED, CANCELLED, RETURN_REQUESTED, RETURNED;

}
