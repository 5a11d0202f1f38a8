package kr.valuemall.report;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The report's queries: each adds up one roll-up table over the range, grouped by month,
 * so the page never reads an order. What the months mean (excluded or not) is decided in
 * {@link ReportBuilder}.
 */
class RollupReader {

	private final JdbcClient jdbc;

	RollupReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record SellerMonth(YearMonth month, long sellerId, String region, long paid, long refunded, long shipments,
			long confirmed, long confirmedLines, long commission, long savings) {

		long sales() {
			return this.paid - this.refunded;
		}

	}

	record CategoryMonth(YearMonth month, String categorySlug, long sales, long lines) {
	}

	record CampaignMonth(YearMonth month, long campaignId, long sales, long lines) {
	}

	record OriginMonth(YearMonth month, OriginOutcome outcome, long count) {
	}

	record Snapshot(List<SellerMonth> sellerMonths, List<CategoryMonth> categoryMonths,
			List<CampaignMonth> campaignMonths, Map<YearMonth, Long> orders, Map<YearMonth, Long> views,
			Map<YearMonth, Long> cartAdds, List<OriginMonth> origin, Map<Long, LocalDate> firstSale,
			Map<YearMonth, long[]> aroundCampaign) {
	}

	Snapshot read(ReportPeriod period) {
		Date from = Date.valueOf(period.from());
		Date to = Date.valueOf(period.to());
		List<SellerMonth> sellerMonths = this.jdbc.sql("""
				SELECT date_trunc('month', day)::date, seller_id, max(region), sum(paid), sum(refunded), sum(shipments),
					sum(confirmed), sum(confirmed_lines), sum(commission), sum(savings)
				FROM report_seller_daily WHERE day BETWEEN :from AND :to
				GROUP BY 1, 2
				""")
			.param("from", from)
			.param("to", to)
			.query((row, n) -> new SellerMonth(month(row.getDate(1)), row.getLong(2), row.getString(3), row.getLong(4),
					row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8), row.getLong(9), row.getLong(10)))
			.list();
		List<CategoryMonth> categoryMonths = this.jdbc.sql("""
				SELECT date_trunc('month', day)::date, category_slug, sum(paid - refunded), sum(paid_lines)
				FROM report_sales_daily WHERE day BETWEEN :from AND :to
				GROUP BY 1, 2
				""")
			.param("from", from)
			.param("to", to)
			.query((row, n) -> new CategoryMonth(month(row.getDate(1)), row.getString(2), row.getLong(3),
					row.getLong(4)))
			.list();
		List<CampaignMonth> campaignMonths = this.jdbc.sql("""
				SELECT date_trunc('month', day)::date, campaign_id, sum(paid - refunded), sum(paid_lines)
				FROM report_sales_daily WHERE campaign_id IS NOT NULL AND day BETWEEN :from AND :to
				GROUP BY 1, 2
				""")
			.param("from", from)
			.param("to", to)
			.query((row, n) -> new CampaignMonth(month(row.getDate(1)), row.getLong(2), row.getLong(3), row.getLong(4)))
			.list();
		List<OriginMonth> origin = this.jdbc.sql("""
				SELECT date_trunc('month', day)::date, kind, count(*) FROM report_origin_event
				WHERE day BETWEEN :from AND :to GROUP BY 1, 2
				""")
			.param("from", from)
			.param("to", to)
			.query((row, n) -> new OriginMonth(month(row.getDate(1)), OriginOutcome.valueOf(row.getString(2)),
					row.getLong(3)))
			.list();
		Map<Long, LocalDate> firstSale = new HashMap<>();
		this.jdbc.sql("SELECT seller_id, min(day) FROM report_seller_daily WHERE paid > 0 AND day <= :to GROUP BY 1")
			.param("to", to)
			.query((row) -> {
				firstSale.put(row.getLong(1), row.getDate(2).toLocalDate());
			});
		YearMonth campaign = period.campaignMonth();
		Map<YearMonth, long[]> around = new HashMap<>();
		if (campaign != null) {
			Date before = Date.valueOf(campaign.minusMonths(1).atDay(1));
			Date after = Date.valueOf(campaign.plusMonths(1).atEndOfMonth());
			this.jdbc
				.sql("SELECT date_trunc('month', day)::date, sum(paid - refunded) FROM report_seller_daily"
						+ " WHERE day BETWEEN :from AND :to GROUP BY 1")
				.param("from", before)
				.param("to", after)
				.query((row) -> {
					around.computeIfAbsent(month(row.getDate(1)), (key) -> new long[2])[0] = row.getLong(2);
				});
			perMonth("report_orders_daily", "orders", before, after)
				.forEach((month, orders) -> around.computeIfAbsent(month, (key) -> new long[2])[1] = orders);
		}
		return new Snapshot(sellerMonths, categoryMonths, campaignMonths,
				perMonth("report_orders_daily", "orders", from, to),
				perMonth("report_product_views_daily", "views", from, to),
				perMonth("report_cart_adds_daily", "adds", from, to), origin, firstSale, around);
	}

	/** Page views of these products from the start up to a day, per product. */
	Map<Long, Long> viewsUpTo(Collection<Long> productIds, LocalDate to) {
		Map<Long, Long> views = new HashMap<>();
		if (productIds.isEmpty()) {
			return views;
		}
		this.jdbc.sql("""
				SELECT product_id, sum(views) FROM report_product_views_daily
				WHERE product_id IN (:products) AND day <= :to GROUP BY 1
				""").param("products", productIds).param("to", Date.valueOf(to)).query((row) -> {
			views.put(row.getLong(1), row.getLong(2));
		});
		return views;
	}

	private Map<YearMonth, Long> perMonth(String table, String column, Date from, Date to) {
		Map<YearMonth, Long> sums = new HashMap<>();
		this.jdbc
			.sql("SELECT date_trunc('month', day)::date, sum(" + column + ") FROM " + table
					+ " WHERE day BETWEEN :from AND :to GROUP BY 1")
			.param("from", from)
			.param("to", to)
			.query((row) -> {
				sums.put(month(row.getDate(1)), row.getLong(2));
			});
		return sums;
	}

	private static YearMonth month(Date firstOfMonth) {
		return YearMonth.from(firstOfMonth.toLocalDate());
	}

}
