package kr.valuemall.order.fulfilment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import kr.valuemall.order.ShipmentStatus;

/**
 * A shipment was asked to do what its state does not allow, e.g. ship a cancelled one or
 * confirm one not yet delivered. Usually two people acting at once; the page says so.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class IllegalShipmentTransition extends RuntimeException {

	private IllegalShipmentTransition(String message) {
		super(message);
	}

	public static IllegalShipmentTransition of(long shipmentId, ShipmentStatus from, String action) {
		return new IllegalShipmentTransition("Shipment " + shipmentId + " cannot " + action + " when " + from);
	}

}
