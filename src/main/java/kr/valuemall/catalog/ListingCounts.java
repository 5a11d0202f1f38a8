package kr.valuemall.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the ministry's reports ask of the catalog: how many listings each store has on
 * sale, and whose products are whose (to add up page views per store).
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
