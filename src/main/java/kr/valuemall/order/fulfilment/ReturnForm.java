package kr.valuemall.order.fulfilment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a shopper sends a delivered shipment back.
 */
record ReturnForm(@NotBlank @Size(min = 5, max = 500) String reason) {

	static ReturnForm empty() {
		return new ReturnForm("");
	}

}
