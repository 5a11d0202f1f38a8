package kr.valuemall.catalog;

import java.time.Instant;

/**
 * A listing that came, changed or went since some time, for summary feeds.
 *
 * @param kind I (came: new, or live again), U (live and changed) or D (no longer live)
 * @param productId the product
 * @param changedAt when
 * @param listing what it is now; {@code null} for D
 */
public record FeedChange(Kind kind, long productId, Instant changedAt, FeedListing listing) {

	public enum Kind {

		I, U, D

	}

}
