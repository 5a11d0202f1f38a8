package kr.valuemall.order.fulfilment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such order, or not one the asker may see: both look the same from outside, so an
 * order number cannot be probed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OrderNotFound extends RuntimeException {

	private OrderNotFound(String message) {
		super(message);
	}

	public static OrderNotFound of(String orderNumber) {
		return new OrderNotFound("Order " + orderNumber + " not found for this account");
	}

	static OrderNotFound shipment(long shipmentId) {
		return new OrderNotFound("Shipment " + shipmentId + " not found for this seller");
	}

}
