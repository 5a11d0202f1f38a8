package kr.valuemall.report;

import java.sql.Date;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import kr.valuemall.catalog.ListingCounts;
import kr.valuemall.catalog.ProductViewsCounted;

/**
 * Adds counted product views to the report module's roll-ups, in one batch per event: per
 * product and day, and per seller by day and by month (the product's seller is asked of
 * the catalog now, so a report never has to). Counts add up, so instances can send theirs
 * in any order; a batch is added once, by its id.
 */
@Component
class ProductViewRollup {

	private static final String ADD_VIEWS = """
			insert into report_product_views_daily (day, product_id, views) values (:day, :product, :views)
			on conflict (day, product_id) do update set views = report_product_views_daily.views + excluded.views
			""";

	private static final String ADD_SELLER_VIEWS_DAY = """
			insert into report_seller_views_daily (day, seller_id, views) values (:day, :seller, :views)
			on conflict (day, seller_id) do update set views = report_seller_views_daily.views + excluded.views
			""";

	private static final String ADD_SELLER_VIEWS_MONTH = """
			insert into report_seller_views_monthly (month, seller_id, views) values (:month, :seller, :views)
			on conflict (month, seller_id) do update set views = report_seller_views_monthly.views + excluded.views
			""";

	// JdbcClient has no batch update: one batch per table is the point here.
	private final NamedParameterJdbcTemplate jdbc;

	private final ListingCounts listings;

	private final CountedEvents countedEvents;

	ProductViewRollup(NamedParameterJdbcTemplate jdbc, ListingCounts listings, CountedEvents countedEvents) {
		this.jdbc = jdbc;
		this.listings = listings;
		this.countedEvents = countedEvents;
	}

	@ApplicationModuleListener
	void on(ProductViewsCounted counted) {
		if (!this.countedEvents.first("VIEWS", counted.batchId())) {
			return;
		}
		Date day = Date.valueOf(counted.day());
		Date month = Date.valueOf(counted.day().withDayOfMonth(1));
		SqlParameterSource[] rows = counted.views()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((entry) -> new MapSqlParameterSource().addValue("day", day)
				.addValue("product", entry.getKey())
				.addValue("views", entry.getValue()))
			.toArray(SqlParameterSource[]::new);
		this.jdbc.batchUpdate(ADD_VIEWS, rows);
		Map<Long, Long> sellerOf = this.listings.sellersOf(counted.views().keySet());
		Map<Long, Long> perSeller = new TreeMap<>();
		counted.views().forEach((product, views) -> {
			Long seller = sellerOf.get(product);
			if (seller != null) {
				perSeller.merge(seller, views, Long::sum);
			}
		});
		SqlParameterSource[] sellerRows = perSeller.entrySet()
			.stream()
			.map((entry) -> new MapSqlParameterSource().addValue("day", day)
				.addValue("month", month)
				.addValue("seller", entry.getKey())
				.addValue("views", entry.getValue()))
			.toArray(SqlParameterSource[]::new);
		this.jdbc.batchUpdate(ADD_SELLER_VIEWS_DAY, sellerRows);
		this.jdbc.batchUpdate(ADD_SELLER_VIEWS_MONTH, sellerRows);
	}

}
