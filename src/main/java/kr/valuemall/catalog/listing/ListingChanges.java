package kr.valuemall.catalog.listing;

/**
 * What must hear that listings changed: the shopper pages' short-lived copies
 * ({@code catalog.storefront.ShopperPageCache}). Declared here, below the pages that keep
 * the copies, so that the listings, their reviews and their questions tell of a change
 * without depending on the storefront that shows them.
 * <p>
 * Both calls take effect once the current transaction commits (at once without one), so
 * no view in between copies the old state again.
 */
public interface ListingChanges {

	/** One listing changed: its page and every search are out of date. */
	void listingChanged(long productId);

	/**
	 * Many listings changed at once (a store suspended, reinstated or renamed): every
	 * page and search is out of date.
	 */
	void catalogChanged();

}
