package kr.valuemall.catalog;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import kr.valuemall.catalog.reviews.ProductReviews;

/**
 * What other modules may ask about reviews: which of a shopper's order lines can be
 * reviewed (for the order page's "리뷰 쓰기" links), and a live product's rating (for
 * structured data and feeds).
 */
@Service
public class ReviewApi {

	private final ProductReviews reviews;

	ReviewApi(ProductReviews reviews) {
		this.reviews = reviews;
	}

	/**
	 * The review state of each of these order lines for this shopper: every id asked for
	 * is in the answer; a line of another shopper, or not confirmed yet, is
	 * {@link ReviewState#NOT_REVIEWABLE}. A confirmed line becomes reviewable a moment
	 * after its ShipmentConfirmed event is committed.
	 */
	public Map<Long, ReviewState> statesOf(long shopperId, Collection<Long> orderLineIds) {
		return this.reviews.statesOf(shopperId, orderLineIds);
	}

	/**
	 * A live product's review count and star sum ({@link RatingSummary#average()} gives
	 * the average); empty when the product is not live.
	 */
	public Optional<RatingSummary> ratingOfLiveProduct(long productId) {
		return this.reviews.ratingOfLiveProduct(productId);
	}

}
