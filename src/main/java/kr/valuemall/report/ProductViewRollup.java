package kr.valuemall.report;

import java.sql.Date;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import kr.valuemall.catalog.ProductViewsCounted;

/**
 * Adds counted product views to the report module's daily roll-up, in one batch per
 * event. Counts add up, so instances can send theirs in any order.
 */
@Component
class ProductViewRollup {

	private static final String ADD_VIEWS = """
			insert into report_product_views_daily (day, product_id, views) values (:day, :product, :views)
			on conflict (day, product_id) do update set views = report_product_views_daily.views + excluded.views
			""";

	private final NamedParameterJdbcTemplate jdbc;

	ProductViewRollup(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(ProductViewsCounted counted) {
		Date day = Date.valueOf(counted.day());
		SqlParameterSource[] rows = counted.views()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((entry) -> new MapSqlParameterSource().addValue("day", day)
				.addValue("product", entry.getKey())
				.addValue("views", entry.getValue()))
			.toArray(SqlParameterSource[]::new);
		this.jdbc.batchUpdate(ADD_VIEWS, rows);
	}

}
