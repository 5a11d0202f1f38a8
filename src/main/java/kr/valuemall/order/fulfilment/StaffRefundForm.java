package kr.valuemall.order.fulfilment;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Staff refund a shipment: the lines ticked (none for every line left) and the reason the
 * shopper and the seller are told.
 */
record StaffRefundForm(List<Long> lineIds, @NotBlank @Size(min = 2, max = 300) String reason) {

	List<Long> lines() {
		return (this.lineIds != null) ? this.lineIds : List.of();
	}

}
