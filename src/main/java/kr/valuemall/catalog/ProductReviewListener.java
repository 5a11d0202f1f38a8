package kr.valuemall.catalog;

import java.time.Clock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import kr.valuemall.origin.ListingApproved;
import kr.valuemall.origin.ListingHeld;
import kr.valuemall.origin.ListingRejected;

/**
 * Staff decisions and shopper reports, made in the origin module, change what shoppers
 * can see. Each handler is safe to run twice: a repeated event finds the listing already
 * changed.
 */
@Component
class ProductReviewListener {

	private final ProductRepository products;

	private final Clock clock;

	ProductReviewListener(ProductRepository products, Clock clock) {
		this.products = products;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ListingApproved event) {
		this.products.findById(event.listingId()).ifPresent((product) -> product.approvedByStaff(this.clock.instant()));
	}

	@ApplicationModuleListener
	void on(ListingRejected event) {
		this.products.findById(event.listingId()).ifPresent((product) -> product.rejectedByStaff(this.clock.instant()));
	}

	@ApplicationModuleListener
	void on(ListingHeld event) {
		this.products.findById(event.listingId()).ifPresent((product) -> product.heldForReview(this.clock.instant()));
	}

}
