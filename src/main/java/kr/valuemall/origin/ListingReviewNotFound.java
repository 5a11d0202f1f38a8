package kr.valuemall.origin;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class ListingReviewNotFound extends RuntimeException {

	private ListingReviewNotFound(long listingId) {
		super("No review for listing " + listingId);
	}

	static ListingReviewNotFound of(long listingId) {
		return new ListingReviewNotFound(listingId);
	}

}
