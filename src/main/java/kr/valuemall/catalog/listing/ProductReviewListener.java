package kr.valuemall.catalog.listing;

import java.time.Clock;
import java.time.Instant;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import kr.valuemall.origin.ListingApproved;
import kr.valuemall.origin.ListingHeld;
import kr.valuemall.origin.ListingRejected;
import kr.valuemall.origin.ListingReview;
import kr.valuemall.origin.OriginApi;

/**
 * Staff decisions and shopper reports, made in the origin module, change what shoppers
 * can see. Events may arrive late or twice, so each one only says "look again": the
 * product follows where origin review stands now, not what the event said then.
 */
@Component
class ProductReviewListener {

	private final ProductRepository products;

	private final OriginApi origin;

	private final Clock clock;

	ProductReviewListener(ProductRepository products, OriginApi origin, Clock clock) {
		this.products = products;
		this.origin = origin;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ListingApproved event) {
		followReview(event.listingId());
	}

	@ApplicationModuleListener
	void on(ListingRejected event) {
		followReview(event.listingId());
	}

	@ApplicationModuleListener
	void on(ListingHeld event) {
		followReview(event.listingId());
	}

	private void followReview(long listingId) {
		Product product = this.products.findById(listingId).orElse(null);
		ListingReview review = this.origin.reviewOf(listingId).orElse(null);
		if (product == null || review == null) {
			return;
		}
		Instant now = this.clock.instant();
		switch (review.status()) {
			case LIVE -> product.approvedByStaff(now);
			case REJECTED -> product.rejectedByStaff(now);
			case HELD -> product.heldForReview(now);
		}
	}

}
