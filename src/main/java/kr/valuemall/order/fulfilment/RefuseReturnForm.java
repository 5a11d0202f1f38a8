package kr.valuemall.order.fulfilment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a seller does not take a shipment back; the shopper reads it on the order page.
 */
record RefuseReturnForm(@NotBlank @Size(max = 500) String reason) {

	static RefuseReturnForm empty() {
		return new RefuseReturnForm("");
	}

}
