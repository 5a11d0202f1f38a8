package kr.valuemall.origin.review;

import java.time.Instant;
import java.util.List;

import kr.valuemall.origin.ReviewStatus;
import kr.valuemall.origin.ScreeningReason;

/**
 * A listing as the staff pages show it, with its unanswered import reports.
 */
public record ReviewRow(long listingId, long sellerId, String storeName, String name, String categorySlug, long price,
		ReviewStatus status, int score, List<ScreeningReason> reasons, String staffReason, Instant updatedAt,
		long reports) {

	static ReviewRow of(ReviewedListing listing, long reports) {
		return new ReviewRow(listing.getListingId(), listing.getSellerId(), listing.getStoreName(), listing.getName(),
				listing.getCategorySlug(), listing.getPrice(), listing.getStatus(), listing.getScore(),
				listing.getReasons(), listing.getStaffReason(), listing.getUpdatedAt(), reports);
	}

	public boolean held() {
		return this.status == ReviewStatus.HELD;
	}

	public boolean rejectable() {
		return this.status != ReviewStatus.REJECTED;
	}

}
