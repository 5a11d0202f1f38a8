package kr.valuemall.origin;

import java.time.Instant;

/**
 * A shopper reported a listing on sale as imported (one per shopper per listing). The
 * reports count these; a hold that follows is a separate {@link ListingHeld}.
 */
public record ImportReported(long listingId, Instant at) {

}
