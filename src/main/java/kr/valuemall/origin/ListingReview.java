package kr.valuemall.origin;

import java.time.Instant;
import java.util.List;

/**
 * Where a listing stands now, why, and since when. The staff reason is set when staff
 * rejected it.
 */
public record ListingReview(long listingId, ReviewStatus status, int score, List<ScreeningReason> reasons,
		String staffReason, Instant decidedAt) {

	public ListingReview {
		reasons = List.copyOf(reasons);
	}

}
