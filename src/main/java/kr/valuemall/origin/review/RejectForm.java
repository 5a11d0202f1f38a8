package kr.valuemall.origin.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why staff refuse a listing: the seller reads it, so it is required.
 */
record RejectForm(@NotBlank @Size(max = 500) String reason) {

	static RejectForm empty() {
		return new RejectForm("");
	}

}
