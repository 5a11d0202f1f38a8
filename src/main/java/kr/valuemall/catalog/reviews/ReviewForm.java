package kr.valuemall.catalog.reviews;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a shopper gives a confirmed purchase: one to five stars and a few words. Line
 * breaks arrive from browsers as CRLF; they are kept as one character each so the length
 * a shopper sees is the length that counts.
 */
record ReviewForm(@NotNull @Min(1) @Max(5) Integer rating,
		@NotNull @Size(min = ReviewForm.MIN_BODY, max = ReviewForm.MAX_BODY) String body) {

	static final int MIN_BODY = 10;

	static final int MAX_BODY = 1000;

	ReviewForm {
		body = (body != null) ? body.replace("\r\n", "\n").strip() : null;
	}

	static ReviewForm empty() {
		return new ReviewForm(null, "");
	}

}
