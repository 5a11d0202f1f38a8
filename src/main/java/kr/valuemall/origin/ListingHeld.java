package kr.valuemall.origin;

import java.time.Instant;
import java.util.List;

/**
 * A live listing went back on hold because enough shoppers reported it as imported. The
 * reasons are the codes of the rules behind the hold.
 */
public record ListingHeld(long listingId, List<String> reasons, Instant at) {

	public ListingHeld {
		reasons = List.copyOf(reasons);
	}

}
