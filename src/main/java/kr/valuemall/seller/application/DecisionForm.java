package kr.valuemall.seller.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Staff's reason for sending an application back or refusing it; the applicant reads it.
 */
record DecisionForm(@NotBlank @Size(max = 1000) String reason) {

	static DecisionForm empty() {
		return new DecisionForm("");
	}

}
