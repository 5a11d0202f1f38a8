package kr.valuemall.catalog.reviews;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A shopper's stars and words about one confirmed order line, and the seller's one reply.
 * The reply is written by a conditional update ({@link ProductReviewRepository#reply}),
 * so two replies at once still make one.
 */
@Entity
@Table(name = "product_review")
class ProductReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long orderLineId;

	private long productId;

	private long sellerId;

	private long shopperId;

	private String authorName;

	private short rating;

	private String body;

	private Instant createdAt;

	private String reply;

	private Instant repliedAt;

	@Version
	private long version;

	protected ProductReview() {
	}

	ProductReview(ReviewableLine line, String authorName, int rating, String body, Instant now) {
		if (rating < 1 || rating > 5) {
			throw new IllegalArgumentException("Rating " + rating + " is not 1 to 5");
		}
		this.orderLineId = line.orderLineId();
		this.productId = line.productId();
		this.sellerId = line.sellerId();
		this.shopperId = line.shopperId();
		this.authorName = authorName;
		this.rating = (short) rating;
		this.body = body;
		this.createdAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getOrderLineId() {
		return this.orderLineId;
	}

	long getProductId() {
		return this.productId;
	}

	long getSellerId() {
		return this.sellerId;
	}

	long getShopperId() {
		return this.shopperId;
	}

	String getAuthorName() {
		return this.authorName;
	}

	int getRating() {
		return this.rating;
	}

	String getBody() {
		return this.body;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getReply() {
		return this.reply;
	}

	Instant getRepliedAt() {
		return this.repliedAt;
	}

}
