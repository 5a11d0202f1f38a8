package kr.valuemall.catalog.reviews;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The order line has its review already; a second one is refused.
 */
@ResponseStatus(HttpStatus.CONFLICT)
class ReviewAlreadyWritten extends RuntimeException {

	private ReviewAlreadyWritten(String message) {
		super(message);
	}

	static ReviewAlreadyWritten forLine(long orderLineId) {
		return new ReviewAlreadyWritten("Order line " + orderLineId + " has a review");
	}

}
