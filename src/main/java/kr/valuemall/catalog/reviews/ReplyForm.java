package kr.valuemall.catalog.reviews;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A seller's one answer to a review.
 */
record ReplyForm(@NotBlank @Size(max = 1000) String reply) {

	ReplyForm {
		reply = (reply != null) ? reply.replace("\r\n", "\n").strip() : null;
	}

	static ReplyForm empty() {
		return new ReplyForm("");
	}

}
