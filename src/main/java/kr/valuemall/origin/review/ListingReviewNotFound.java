package kr.valuemall.origin.review;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class ListingReviewNotFound extends RuntimeException {

	private ListingReviewNotFound(long listingId) {
		super("No review for listing " + listingId);
	}

	public static ListingReviewNotFound of(long listingId) {
		return new ListingReviewNotFound(listingId);
	}

}
