package kr.valuemall.catalog.listing;

import java.sql.Types;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreDetailsChanged;
import kr.valuemall.seller.StoreSummary;

/**
 * Keeps catalog's copy of each store's name and region (on every listing, for search and
 * the region filter) in step when a seller renames the store or moves it. The event only
 * says "look again": the store is read as it is now, so a late, repeated or overtaken
 * event writes the current name, and a listing already carrying it is left alone.
 */
@Component
class StoreCopy {

	private final JdbcClient jdbc;

	private final SellerApi sellers;

	private final ListingChanges pageCache;

	StoreCopy(JdbcClient jdbc, SellerApi sellers, ListingChanges pageCache) {
		this.jdbc = jdbc;
		this.sellers = sellers;
		this.pageCache = pageCache;
	}

	@ApplicationModuleListener
	void on(StoreDetailsChanged changed) {
		this.sellers.store(changed.sellerId()).ifPresent(this::copy);
		// Product pages show the store's name and identity too.
		this.pageCache.catalogChanged();
	}

	/** The number of listings whose copy changed. */
	int copy(StoreSummary store) {
		// One statement for all the store's listings; the search columns generated from
		// the name follow. updated_at and the version stay: the listing itself did not
		// change.
		return this.jdbc
			.sql("""
					UPDATE product SET store_name = :name, seller_region = :region
					WHERE seller_id = :seller AND (store_name IS DISTINCT FROM :name OR seller_region IS DISTINCT FROM :region)""")
			.param("name", store.storeName())
			.param("region", (store.region() != null) ? store.region().name() : null, Types.VARCHAR)
			.param("seller", store.sellerId())
			.update();
	}

}
