package kr.valuemall.origin.review;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import kr.valuemall.origin.ReviewStatus;

public interface ReviewedListingRepository extends JpaRepository<ReviewedListing, Long> {

	/**
	 * The listing, locked until the transaction ends, so concurrent reports count right.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from ReviewedListing r where r.listingId = :listingId")
	Optional<ReviewedListing> lockById(long listingId);

	List<ReviewedListing> findByStatusOrderByUpdatedAtAscListingIdAsc(ReviewStatus status);

	long countByStatus(ReviewStatus status);

	/** The seller's other listings, newest first: their history with origin review. */
	List<ReviewedListing> findTop20BySellerIdAndListingIdNotOrderByUpdatedAtDesc(long sellerId, long listingId);

	@Query("""
			select count(distinct r.sellerId) from ReviewedListing r
			 where r.fingerprint = :fingerprint and r.sellerId <> :sellerId and r.listingId <> :listingId
			""")
	long countOtherSellersWithText(String fingerprint, long sellerId, long listingId);

}
