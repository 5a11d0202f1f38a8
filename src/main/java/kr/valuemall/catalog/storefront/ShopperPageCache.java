package kr.valuemall.catalog.storefront;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import kr.valuemall.catalog.listing.ListingChanges;
import kr.valuemall.catalog.search.SearchQuery;
import kr.valuemall.shared.AfterCommit;
import kr.valuemall.shared.ShortLived;

/**
 * Short-lived copies of what shoppers open most: a live product page's data by id and the
 * results of a search with words. At volume a popular product or search is then read from
 * PostgreSQL once per interval ({@code valuemall.catalog.page-cache-ttl}, 5 seconds; zero
 * turns the copies off) instead of on every view. What a page may show seconds late is a
 * price, a stock figure, a new review or the order of results; checkout reads all of them
 * afresh. A listing saved (an edit, a publication, a staff decision, a suspension) drops
 * its page and every search here once its transaction commits; other instances see the
 * change within the interval.
 */
@Component
public class ShopperPageCache implements ListingChanges {

	private static final int PRODUCT_PAGES = 20_000;

	private static final int SEARCHES = 2_000;

	private static final int STORES = 10_000;

	private final ShortLived<Long, Object> products;

	private final ShortLived<SearchQuery, Storefront.SearchResult> searches;

	private final ShortLived<Long, Storefront.StoreShown> stores;

	ShopperPageCache(@Value("${valuemall.catalog.page-cache-ttl:5s}") Duration ttl) {
		this.products = new ShortLived<>(ttl, PRODUCT_PAGES);
		this.searches = new ShortLived<>(ttl, SEARCHES);
		this.stores = new ShortLived<>(ttl, STORES);
	}

	/**
	 * A live product page's data, loaded when there is no fresh copy; nothing is kept
	 * when the loader finds none (null).
	 */
	@SuppressWarnings("unchecked")
	<T> T product(long productId, Function<Long, T> loader) {
		return (T) this.products.get(productId, loader::apply);
	}

	/**
	 * What the pages of a store's listings show of the store, by seller: a store's many
	 * listings read it once per interval instead of on every first view of each. Nothing
	 * is kept when the loader finds no approved store (null).
	 */
	Storefront.StoreShown store(long sellerId, Function<Long, Storefront.StoreShown> loader) {
		return this.stores.get(sellerId, loader::apply);
	}

	public Storefront.SearchResult search(SearchQuery query, Supplier<Storefront.SearchResult> loader) {
		return this.searches.get(query, (key) -> loader.get());
	}

	/**
	 * Drops the listing's page and every search, after the current transaction commits
	 * (at once without one), so no view in between copies the old state again.
	 */
	@Override
	public void listingChanged(long productId) {
		AfterCommit.run(() -> {
			this.products.invalidate(productId);
			this.searches.clear();
		});
	}

	/**
	 * Drops every copy, after the current transaction commits: for changes to many
	 * listings at once (a store suspended or renamed).
	 */
	@Override
	public void catalogChanged() {
		AfterCommit.run(() -> {
			this.products.clear();
			this.searches.clear();
			this.stores.clear();
		});
	}

}
