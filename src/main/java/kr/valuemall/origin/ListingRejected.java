package kr.valuemall.origin;

import java.time.Instant;

/**
 * Staff refused a listing, with the reason the seller will read.
 */
public record ListingRejected(long listingId, String reason, Instant at) {

}
