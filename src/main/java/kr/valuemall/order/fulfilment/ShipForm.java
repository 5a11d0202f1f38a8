package kr.valuemall.order.fulfilment;

import jakarta.validation.constraints.NotBlank;

import kr.valuemall.web.forms.OneOf;
import kr.valuemall.web.forms.TypedChoices;

/**
 * A courier and its tracking number, kept as typed so a mistyped number is shown again.
 */
record ShipForm(@NotBlank @OneOf(Courier.class) String courier, String trackingNumber) {

	static ShipForm empty() {
		return new ShipForm("", "");
	}

	/** The checked courier. */
	Courier chosenCourier() {
		return TypedChoices.value(Courier.class, this.courier);
	}

}
