package kr.valuemall.seller;

import java.time.Instant;

/**
 * A seller asked to be paid into another account; the request waits for staff, and the
 * seller's payouts are to be held until it is decided
 * ({@link SellerApi#pendingPayoutAccountChanges}).
 *
 * @param changeId the request
 * @param sellerId the store
 * @param requestedAt when
 */
public record PayoutAccountChangeRequested(long changeId, long sellerId, Instant requestedAt) {

}
