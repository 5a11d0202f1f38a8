package kr.valuemall.seller.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Staff's reason for suspending a store (the seller reads it), and whether its payouts
 * wait until it is reinstated. An unticked box sends nothing: payouts go on.
 */
record SuspensionForm(@NotBlank @Size(max = 1000) String reason, Boolean holdPayouts) {

	SuspensionForm {
		holdPayouts = Boolean.TRUE.equals(holdPayouts);
	}

	static SuspensionForm empty() {
		return new SuspensionForm("", false);
	}

}
