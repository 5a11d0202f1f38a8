package kr.valuemall.origin;

import java.time.Instant;

/**
 * Staff let a held listing go live.
 */
public record ListingApproved(long listingId, Instant at) {

}
