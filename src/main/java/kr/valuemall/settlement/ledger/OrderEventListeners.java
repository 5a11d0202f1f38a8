package kr.valuemall.settlement.ledger;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import kr.valuemall.order.OrderPaid;
import kr.valuemall.order.ShipmentConfirmed;
import kr.valuemall.order.ShipmentRefunded;
import kr.valuemall.order.ShipmentStatusChanged;

/**
 * Settlement hears about money from the order module's events only; it never reads order
 * tables.
 */
@Component
class OrderEventListeners {

	private final OrderEventRecorder recorder;

	OrderEventListeners(OrderEventRecorder recorder) {
		this.recorder = recorder;
	}

	@ApplicationModuleListener
	void on(OrderPaid event) {
		this.recorder.paid(event);
	}

	@ApplicationModuleListener
	void on(ShipmentConfirmed event) {
		this.recorder.confirmed(event);
	}

	@ApplicationModuleListener
	void on(ShipmentRefunded event) {
		this.recorder.recordRefund(event);
	}

	/**
	 * Every move but the one to PAID: a shipment is paid for with its order, whose
	 * {@link OrderPaid} records that status too (one listener fewer to record and run for
	 * every order).
	 */
	@ApplicationModuleListener(condition = "#event.to() != T(kr.valuemall.order.ShipmentStatus).PAID")
	void on(ShipmentStatusChanged event) {
		this.recorder.statusChanged(event);
	}

}
