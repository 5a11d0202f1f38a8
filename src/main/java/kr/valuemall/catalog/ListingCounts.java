package kr.valuemall.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the ministry's reports ask of the catalog about stores that have not sold: how
 * many listings each has on sale, and which products are theirs (to add up their page
 * views).
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

	/** The ids of every product of these sellers, whatever its status, per seller. */
	public Map<Long, List<Long>> productIdsBySeller(Collection<Long> sellerIds) {
		if (sellerIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Long>> ids = new HashMap<>();
		this.jdbc.sql("SELECT seller_id, id FROM product WHERE seller_id IN (:sellers) ORDER BY id")
			.param("sellers", sellerIds)
			.query((row) -> {
				ids.computeIfAbsent(row.getLong(1), (seller) -> new ArrayList<>()).add(row.getLong(2));
			});
		return ids;
	}

}
