package kr.valuemall.catalog.reviews;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProductReviewRepository extends JpaRepository<ProductReview, Long> {

	boolean existsByOrderLineId(long orderLineId);

	long countByProductId(long productId);

	@Query("select r from ProductReview r where r.shopperId = :shopperId order by r.createdAt desc, r.id desc")
	List<ProductReview> findByShopper(long shopperId);

	@Query("select r from ProductReview r where r.sellerId = :sellerId order by r.createdAt desc, r.id desc")
	Page<ProductReview> findBySeller(long sellerId, Pageable pageable);

	Optional<ProductReview> findByIdAndSellerId(long id, long sellerId);

	/**
	 * The seller's reply, only if the review is the seller's and has none yet: 1 when
	 * written, 0 otherwise.
	 */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("""
			update ProductReview r set r.reply = :reply, r.repliedAt = :now, r.version = r.version + 1
			where r.id = :id and r.sellerId = :sellerId and r.reply is null
			""")
	int reply(long id, long sellerId, String reply, Instant now);

	/** Counts the new review into its product's count and star sum. */
	@Modifying(flushAutomatically = true)
	@Query(value = """
			UPDATE product SET review_count = review_count + 1, rating_sum = rating_sum + :rating
			WHERE id = :productId
			""", nativeQuery = true)
	int countIntoProduct(long productId, int rating);

}
