package kr.valuemall.catalog.reviews;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such review or reviewable line for this person: another shopper's line, a line not
 * confirmed yet, or another seller's review all look the same from outside.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ReviewNotFound extends RuntimeException {

	private ReviewNotFound(String message) {
		super(message);
	}

	static ReviewNotFound line(long orderLineId) {
		return new ReviewNotFound("No reviewable order line " + orderLineId);
	}

	static ReviewNotFound review(long reviewId) {
		return new ReviewNotFound("No review " + reviewId);
	}

}
