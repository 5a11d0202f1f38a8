package kr.valuemall.catalog;

/**
 * Where an order line stands for its shopper's review.
 */
public enum ReviewState {

	/** Not confirmed yet (or not this shopper's line): no review can be written. */
	NOT_REVIEWABLE,

	/**
	 * Confirmed and not reviewed: the order page may link to {@code /reviews/new?line=}.
	 */
	REVIEWABLE,

	/** Reviewed already; each line takes one review. */
	REVIEWED

}
