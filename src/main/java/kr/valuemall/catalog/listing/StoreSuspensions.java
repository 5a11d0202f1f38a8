package kr.valuemall.catalog.listing;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import kr.valuemall.seller.StoreReinstated;
import kr.valuemall.seller.StoreSuspended;

/**
 * Takes a suspended store's listings off sale and puts them back when it is reinstated.
 * The catalog keeps its own list of suspended stores, which a database trigger reads so
 * that no listing of one goes live by any path while it lasts (V75). Listings on sale go
 * to SUSPENDED and only those come back: held, draft or unpublished ones stay as they
 * were. Safe to hear twice.
 */
@Component
class StoreSuspensions {

	private final JdbcClient jdbc;

	private final ListingChanges pageCache;

	StoreSuspensions(JdbcClient jdbc, ListingChanges pageCache) {
		this.jdbc = jdbc;
		this.pageCache = pageCache;
	}

	@ApplicationModuleListener
	void on(StoreSuspended suspended) {
		this.jdbc.sql("""
				INSERT INTO catalog_suspended_store (seller_id, suspended_at) VALUES (:seller, :at)
				ON CONFLICT (seller_id) DO NOTHING""")
			.param("seller", suspended.sellerId())
			.param("at", Timestamp.from(suspended.at()))
			.update();
		this.jdbc.sql("""
				UPDATE product SET status = 'SUSPENDED', updated_at = :at, version = version + 1
				WHERE seller_id = :seller AND status = 'LIVE'""")
			.param("seller", suspended.sellerId())
			.param("at", Timestamp.from(suspended.at()))
			.update();
		this.pageCache.catalogChanged();
	}

	@ApplicationModuleListener
	void on(StoreReinstated reinstated) {
		this.jdbc.sql("DELETE FROM catalog_suspended_store WHERE seller_id = :seller")
			.param("seller", reinstated.sellerId())
			.update();
		this.jdbc.sql("""
				UPDATE product SET status = 'LIVE', updated_at = :at, version = version + 1
				WHERE seller_id = :seller AND status = 'SUSPENDED'""")
			.param("seller", reinstated.sellerId())
			.param("at", Timestamp.from(reinstated.at()))
			.update();
		this.pageCache.catalogChanged();
	}

}
