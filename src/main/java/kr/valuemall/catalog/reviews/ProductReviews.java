package kr.valuemall.catalog.reviews;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.web.ViolatedConstraint;
import kr.valuemall.catalog.RatingSummary;
import kr.valuemall.catalog.ReviewState;
import kr.valuemall.catalog.images.ReviewPhotos;
import kr.valuemall.catalog.listing.ListingChanges;
import kr.valuemall.catalog.listing.Product;
import kr.valuemall.catalog.listing.ProductRepository;

/**
 * Reviews of confirmed purchases: written once per order line by its shopper, answered
 * once by the seller, counted into the product's average in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class ProductReviews {

	static final int PAGE_SIZE = 20;

	/** The unique key that lets one of two racing submits of the same line through. */
	private static final String ONE_REVIEW_PER_LINE = "product_review_order_line_id_key";

	private final ProductReviewRepository reviews;

	private final ReviewableLines lines;

	private final ProductRepository products;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ListingChanges pageCache;

	private final ReviewPhotos photos;

	ProductReviews(ProductReviewRepository reviews, ReviewableLines lines, ProductRepository products, JdbcClient jdbc,
			Clock clock, ListingChanges pageCache, ReviewPhotos photos) {
		this.photos = photos;
		this.pageCache = pageCache;
		this.reviews = reviews;
		this.lines = lines;
		this.products = products;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The shopper's confirmed line, ready for a review.
	 * @throws ReviewNotFound if it is not the shopper's or not confirmed
	 * @throws ReviewAlreadyWritten if it has its review
	 */
	ReviewableLine lineToReview(long orderLineId, long shopperId) {
		ReviewableLine line = this.lines.find(orderLineId, shopperId)
			.orElseThrow(() -> ReviewNotFound.line(orderLineId));
		if (this.reviews.existsByOrderLineId(orderLineId)) {
			throw ReviewAlreadyWritten.forLine(orderLineId);
		}
		return line;
	}

	/**
	 * Writes the review and counts it into the product. A second submit of the same line
	 * meets the unique key and rolls back whole, count included.
	 * @throws ReviewAlreadyWritten if the line has its review, also when a racing submit
	 * wrote it first
	 */
	@Transactional
	long write(long orderLineId, long shopperId, String authorName, int rating, String body) {
		return write(orderLineId, shopperId, authorName, rating, body, ReviewPhotos.Prepared.NONE);
	}

	/**
	 * Writes the review with its photos, prepared (checked and re-encoded) beforehand,
	 * all in one transaction.
	 */
	@Transactional
	long write(long orderLineId, long shopperId, String authorName, int rating, String body,
			ReviewPhotos.Prepared photos) {
		ReviewableLine line = lineToReview(orderLineId, shopperId);
		ProductReview review;
		try {
			review = this.reviews.saveAndFlush(new ProductReview(line, authorName, rating, body, this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			if (ViolatedConstraint.is(ex, ONE_REVIEW_PER_LINE)) {
				throw ReviewAlreadyWritten.forLine(orderLineId);
			}
			throw ex;
		}
		this.photos.attach(review.getId(), photos);
		this.reviews.countIntoProduct(line.productId(), rating);
		this.pageCache.listingChanged(line.productId());
		return review.getId();
	}

	/**
	 * The seller's one reply. False when the review has a reply already.
	 * @throws ReviewNotFound if the review is not about this seller's products
	 */
	@Transactional
	boolean reply(long reviewId, long sellerId, String reply) {
		if (this.reviews.reply(reviewId, sellerId, reply, this.clock.instant()) == 1) {
			this.pageCache.catalogChanged();
			return true;
		}
		this.reviews.findByIdAndSellerId(reviewId, sellerId).orElseThrow(() -> ReviewNotFound.review(reviewId));
		return false;
	}

	/** One of the seller's reviews, for the reply page. */
	ReviewView ofSeller(long reviewId, long sellerId) {
		ProductReview review = this.reviews.findByIdAndSellerId(reviewId, sellerId)
			.orElseThrow(() -> ReviewNotFound.review(reviewId));
		return views(List.of(review)).get(0);
	}

	/** Reviews of a product, newest first. */
	public Page<ReviewView> ofProduct(long productId, int page) {
		// Every product page asks: the reviews with their product's name and each line's
		// option in one query, their photos in a second (four round trips were a tenth of
		// a page's cost); counted only past a full page.
		Pageable pageable = PageRequest.of(Math.max(0, page), PAGE_SIZE);
		List<ReviewView> found = this.jdbc.sql("""
				SELECT r.id, coalesce(p.name, ''), r.rating, r.body, r.author_name, r.created_at, r.reply,
					r.replied_at, l.option_label
				FROM product_review r LEFT JOIN product p ON p.id = r.product_id
				LEFT JOIN reviewable_line l ON l.order_line_id = r.order_line_id
				WHERE r.product_id = :product ORDER BY r.created_at DESC, r.id DESC LIMIT :size OFFSET :offset""")
			.param("product", productId)
			.param("size", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, row) -> new ReviewView(rs.getLong(1), productId, rs.getString(2), rs.getInt(3), rs.getString(4),
					ReviewView.mask(rs.getString(5)), instant(rs.getTimestamp(6)), rs.getString(7),
					instant(rs.getTimestamp(8)), rs.getString(9), List.of()))
			.list();
		Map<Long, List<ReviewPhotos.ReviewPhoto>> photos = this.photos
			.photosOf(found.stream().map(ReviewView::id).toList());
		List<ReviewView> content = photos.isEmpty() ? found
				: found.stream().map((review) -> review.withPhotos(photos.get(review.id()))).toList();
		return PageableExecutionUtils.getPage(content, pageable, () -> this.reviews.countByProductId(productId));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** Reviews of the seller's products, newest first. */
	Page<ReviewView> ofSeller(long sellerId, int page) {
		Page<ProductReview> found = this.reviews.findBySeller(sellerId, PageRequest.of(Math.max(0, page), PAGE_SIZE));
		return found.map(viewer(found.getContent()));
	}

	/** The shopper's own reviews, newest first. */
	List<ReviewView> ofShopper(long shopperId) {
		return views(this.reviews.findByShopper(shopperId));
	}

	/** The shopper's confirmed lines still waiting for a review. */
	List<ReviewableLine> waitingFor(long shopperId) {
		return this.lines.notReviewedOf(shopperId);
	}

	public Map<Long, ReviewState> statesOf(long shopperId, Collection<Long> orderLineIds) {
		Map<Long, ReviewState> states = new HashMap<>();
		if (orderLineIds.isEmpty()) {
			return states;
		}
		orderLineIds.forEach((id) -> states.put(id, ReviewState.NOT_REVIEWABLE));
		this.lines.statesOf(shopperId, Set.copyOf(orderLineIds))
			.forEach((line) -> states.put(line.orderLineId(),
					line.reviewed() ? ReviewState.REVIEWED : ReviewState.REVIEWABLE));
		return states;
	}

	/** A live product's count and stars; empty if it is not live. */
	public Optional<RatingSummary> ratingOfLiveProduct(long productId) {
		return this.products.findLive(productId).map(Product::getRating);
	}

	/** Across a store's live products. */
	public RatingSummary ratingOfStore(long sellerId) {
		return this.jdbc.sql("""
				SELECT coalesce(sum(review_count), 0), coalesce(sum(rating_sum), 0)
				FROM product WHERE seller_id = :sellerId AND status = 'LIVE'
				""")
			.param("sellerId", sellerId)
			.query((rs, n) -> new RatingSummary(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	private List<ReviewView> views(List<ProductReview> reviews) {
		return reviews.stream().map(viewer(reviews)).toList();
	}

	/** Names the products of these reviews with one query. */
	private Function<ProductReview, ReviewView> viewer(List<ProductReview> reviews) {
		// The names alone: the listings read whole were a tenth of a product page's cost.
		Map<Long, String> names = new HashMap<>();
		Set<Long> productIds = reviews.stream().map(ProductReview::getProductId).collect(Collectors.toSet());
		if (!productIds.isEmpty()) {
			this.jdbc.sql("SELECT id, name FROM product WHERE id IN (:ids)").param("ids", productIds).query((row) -> {
				names.put(row.getLong(1), row.getString(2));
			});
		}
		Map<Long, String> options = new HashMap<>();
		List<Long> lineIds = reviews.stream().map(ProductReview::getOrderLineId).toList();
		if (!lineIds.isEmpty()) {
			this.jdbc.sql("""
					SELECT order_line_id, option_label FROM reviewable_line
					WHERE order_line_id IN (:lines) AND option_label IS NOT NULL""")
				.param("lines", lineIds)
				.query((row) -> {
					options.put(row.getLong(1), row.getString(2));
				});
		}
		Map<Long, List<ReviewPhotos.ReviewPhoto>> photos = this.photos
			.photosOf(reviews.stream().map(ProductReview::getId).toList());
		return (review) -> new ReviewView(review.getId(), review.getProductId(),
				names.getOrDefault(review.getProductId(), ""), review.getRating(), review.getBody(),
				ReviewView.mask(review.getAuthorName()), review.getCreatedAt(), review.getReply(),
				review.getRepliedAt(), options.get(review.getOrderLineId()),
				photos.getOrDefault(review.getId(), List.of()));
	}

}
