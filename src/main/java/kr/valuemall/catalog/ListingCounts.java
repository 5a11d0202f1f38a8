package kr.valuemall.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the ministry's reports and the notifications ask of the catalog: how many listings
 * each store has on sale, whose products are whose (to add up page views per store, or to
 * tell a listing's seller), and what they are called.
 */
@Service
@Transactional(readOnly = true)
public class ListingCounts {

	private final JdbcClient jdbc;

	ListingCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Live listings per seller; sellers with none are left out. */
	public Map<Long, Long> liveBySeller() {
		Map<Long, Long> counts = new HashMap<>();
		this.jdbc.sql("SELECT seller_id, count(*) FROM product WHERE status = 'LIVE' GROUP BY seller_id")
			.query((row) -> {
				counts.put(row.getLong(1), row.getLong(2));
			});
		return counts;
	}

	/** What a listing is called, if it exists. */
	public Optional<Listing> listing(long productId) {
		return this.jdbc.sql("SELECT id, seller_id, name FROM product WHERE id = :id")
			.param("id", productId)
			.query((rs, row) -> new Listing(rs.getLong("id"), rs.getLong("seller_id"), rs.getString("name")))
			.optional();
	}

	/** A listing's id, seller and name. */
	public record Listing(long productId, long sellerId, String name) {

	}

	/** Whose products these are; unknown ids are left out. */
	public Map<Long, Long> sellersOf(Collection<Long> productIds) {
		if (productIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> sellers = new HashMap<>();
		this.jdbc.sql("SELECT id, seller_id FROM product WHERE id IN (:products)")
			.param("products", productIds)
			.query((row) -> {
				sellers.put(row.getLong(1), row.getLong(2));
			});
		return sellers;
	}

}
