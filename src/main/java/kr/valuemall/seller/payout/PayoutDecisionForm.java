package kr.valuemall.seller.payout;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Staff's reason for rejecting a payout account request; the seller reads it.
 */
record PayoutDecisionForm(@NotBlank @Size(max = 1000) String reason) {

	static PayoutDecisionForm empty() {
		return new PayoutDecisionForm("");
	}

}
