package kr.valuemall.origin.review;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import kr.valuemall.origin.ReviewStatus;

/**
 * A decision that the listing's current state does not allow, such as approving a listing
 * that is already live.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class IllegalReviewTransition extends RuntimeException {

	private IllegalReviewTransition(long listingId, ReviewStatus from, DecisionAction action) {
		super("Listing " + listingId + " is " + from + ": cannot " + action);
	}

	static IllegalReviewTransition of(long listingId, ReviewStatus from, DecisionAction action) {
		return new IllegalReviewTransition(listingId, from, action);
	}

}
