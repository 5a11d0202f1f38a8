package kr.valuemall.report;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The report's queries. Whole months of the range are read from the monthly roll-ups, and
 * only the days of a month the range cuts in from the daily ones, so a year is a few
 * thousand rows whatever the number of orders. Everything comes back per month; what the
 * months mean (left out or not) is decided in {@link ReportBuilder}.
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

	/**
	 * The funnel of the included months: page views; cart adds, per product at most its
	 * views; lines paid, per product at most its counted cart adds; lines confirmed, per
	 * product at most its counted paid lines. So each step is at most the one before.
	 */
	record Funnel(long views, long carts, long paid, long confirmed) {
	}

	/**
	 * @param soldBy sellers with a paid order on or before the last day the period covers
	 * @param aroundCampaign sales and orders of the campaign month and the months around
	 * it
	 */
	record Snapshot(List<SellerMonth> sellerMonths, List<CategoryMonth> categoryMonths,
			List<CampaignMonth> campaignMonths, Map<YearMonth, Long> orders, Map<YearMonth, Long> views,
			Map<YearMonth, Long> cartAdds, List<OriginMonth> origin, Set<Long> soldBy,
			Map<YearMonth, long[]> aroundCampaign, Funnel funnel) {
	}

	/**
	 * A range split into whole months (read monthly) and the days before and after them
	 * (read daily); an empty part has its start after its end.
	 */
	record Split(Date firstMonth, Date lastMonth, Date headFrom, Date headTo, Date tailFrom, Date tailTo) {

		static Split of(LocalDate from, LocalDate to) {
			YearMonth first = (from.getDayOfMonth() == 1) ? YearMonth.from(from) : YearMonth.from(from).plusMonths(1);
			YearMonth last = to.equals(YearMonth.from(to).atEndOfMonth()) ? YearMonth.from(to)
					: YearMonth.from(to).minusMonths(1);
			if (first.isAfter(last)) {
				return new Split(date(first.atDay(1)), date(last.atDay(1)), date(from), date(to), date(to.plusDays(1)),
						date(to));
			}
			return new Split(date(first.atDay(1)), date(last.atDay(1)), date(from), date(first.atDay(1).minusDays(1)),
					date(last.atEndOfMonth().plusDays(1)), date(to));
		}

		private static Date date(LocalDate day) {
			return Date.valueOf(day);
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			return statement.param("firstMonth", this.firstMonth)
				.param("lastMonth", this.lastMonth)
				.param("headFrom", this.headFrom)
				.param("headTo", this.headTo)
				.param("tailFrom", this.tailFrom)
				.param("tailTo", this.tailTo);
		}

	}

	private static final String MONTHS = "month BETWEEN :firstMonth AND :lastMonth";

	private static final String DAYS = "(day BETWEEN :headFrom AND :headTo OR day BETWEEN :tailFrom AND :tailTo)";

	Snapshot read(ReportPeriod period) {
		Split split = Split.of(period.from(), period.to());
		List<SellerMonth> sellerMonths = split
			.bind(this.jdbc
				.sql("""
						SELECT month, seller_id, region, paid, refunded, shipments, confirmed, confirmed_lines, commission, savings
						FROM report_seller_monthly WHERE %s
						UNION ALL
						SELECT date_trunc('month', day)::date, seller_id, max(region), sum(paid), sum(refunded), sum(shipments),
							sum(confirmed), sum(confirmed_lines), sum(commission), sum(savings)
						FROM report_seller_daily WHERE %s GROUP BY 1, 2
						"""
					.formatted(MONTHS, DAYS)))
			.query((row, n) -> new SellerMonth(month(row.getDate(1)), row.getLong(2), row.getString(3), row.getLong(4),
					row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8), row.getLong(9), row.getLong(10)))
			.list();
		List<CategoryMonth> categoryMonths = split.bind(this.jdbc.sql("""
				SELECT month, category_slug, sum(paid - refunded), sum(paid_lines)
				FROM report_sales_monthly WHERE %s GROUP BY 1, 2
				UNION ALL
				SELECT date_trunc('month', day)::date, category_slug, sum(paid - refunded), sum(paid_lines)
				FROM report_sales_daily WHERE %s GROUP BY 1, 2
				""".formatted(MONTHS, DAYS)))
			.query((row, n) -> new CategoryMonth(month(row.getDate(1)), row.getString(2), row.getLong(3),
					row.getLong(4)))
			.list();
		List<CampaignMonth> campaignMonths = split.bind(this.jdbc.sql("""
				SELECT month, campaign_id, sum(paid - refunded), sum(paid_lines)
				FROM report_sales_monthly WHERE campaign_id IS NOT NULL AND %s GROUP BY 1, 2
				UNION ALL
				SELECT date_trunc('month', day)::date, campaign_id, sum(paid - refunded), sum(paid_lines)
				FROM report_sales_daily WHERE campaign_id IS NOT NULL AND %s GROUP BY 1, 2
				""".formatted(MONTHS, DAYS)))
			.query((row, n) -> new CampaignMonth(month(row.getDate(1)), row.getLong(2), row.getLong(3), row.getLong(4)))
			.list();
		Map<YearMonth, Long> views = new HashMap<>();
		split.bind(this.jdbc.sql("""
				SELECT month, sum(views) FROM report_seller_views_monthly WHERE %s GROUP BY 1
				UNION ALL
				SELECT date_trunc('month', day)::date, sum(views) FROM report_seller_views_daily WHERE %s GROUP BY 1
				""".formatted(MONTHS, DAYS))).query((row) -> {
			views.merge(month(row.getDate(1)), row.getLong(2), Long::sum);
		});
		Date from = Date.valueOf(period.from());
		Date to = Date.valueOf(period.to());
		List<OriginMonth> origin = this.jdbc.sql("""
				SELECT date_trunc('month', day)::date, kind, count(*) FROM report_origin_event
				WHERE day BETWEEN :from AND :to GROUP BY 1, 2
				""")
			.param("from", from)
			.param("to", to)
			.query((row, n) -> new OriginMonth(month(row.getDate(1)), OriginOutcome.valueOf(row.getString(2)),
					row.getLong(3)))
			.list();
		LocalDate lastDay = period.lastCoveredDay();
		return new Snapshot(sellerMonths, categoryMonths, campaignMonths,
				perMonth("report_orders_daily", "orders", from, to), views,
				perMonth("report_cart_adds_daily", "adds", from, to), origin,
				(lastDay != null) ? soldBy(lastDay) : Set.of(), aroundCampaign(period.campaignMonth()), funnel(period));
	}

	private Funnel funnel(ReportPeriod period) {
		List<Date> months = period.includedMonths().stream().map((month) -> Date.valueOf(month.atDay(1))).toList();
		if (months.isEmpty()) {
			return new Funnel(0, 0, 0, 0);
		}
		String inPeriod = "day BETWEEN :from AND :to AND date_trunc('month', day)::date IN (:months)";
		return this.jdbc.sql("""
				SELECT COALESCE(sum(views), 0), COALESCE(sum(carts), 0), COALESCE(sum(paid), 0),
					COALESCE(sum(confirmed), 0)
				FROM (
					SELECT views, carts, least(paid, carts) AS paid, least(confirmed, paid, carts) AS confirmed
					FROM (
						SELECT sum(views) AS views, least(sum(adds), sum(views)) AS carts, sum(paid) AS paid,
							sum(confirmed) AS confirmed
						FROM (
							SELECT product_id, views, 0 AS adds, 0 AS paid, 0 AS confirmed
							FROM report_product_views_daily WHERE %1$s
							UNION ALL
							SELECT product_id, 0, adds, 0, 0 FROM report_product_cart_adds_daily WHERE %1$s
							UNION ALL
							SELECT product_id, 0, 0, paid_lines, confirmed_lines
							FROM report_product_lines_daily WHERE %1$s
						) steps GROUP BY product_id
					) per_product
				) capped
				""".formatted(inPeriod))
			.param("from", Date.valueOf(period.from()))
			.param("to", Date.valueOf(period.to()))
			.param("months", months)
			.query((rs, row) -> new Funnel(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

	/** Sellers with a paid order on or before a day, since the mall opened. */
	private Set<Long> soldBy(LocalDate day) {
		Set<Long> sellers = new HashSet<>();
		this.jdbc.sql("""
				SELECT DISTINCT seller_id FROM report_seller_monthly WHERE paid > 0 AND month < :month
				UNION
				SELECT DISTINCT seller_id FROM report_seller_daily WHERE paid > 0 AND day BETWEEN :month AND :day
				""")
			.param("month", Date.valueOf(day.withDayOfMonth(1)))
			.param("day", Date.valueOf(day))
			.query((row) -> {
				sellers.add(row.getLong(1));
			});
		return sellers;
	}

	private Map<YearMonth, long[]> aroundCampaign(YearMonth campaign) {
		Map<YearMonth, long[]> around = new HashMap<>();
		if (campaign == null) {
			return around;
		}
		this.jdbc
			.sql("SELECT month, sum(paid - refunded) FROM report_seller_monthly"
					+ " WHERE month BETWEEN :first AND :last GROUP BY 1")
			.param("first", Date.valueOf(campaign.minusMonths(1).atDay(1)))
			.param("last", Date.valueOf(campaign.plusMonths(1).atDay(1)))
			.query((row) -> {
				around.computeIfAbsent(month(row.getDate(1)), (key) -> new long[2])[0] = row.getLong(2);
			});
		perMonth("report_orders_daily", "orders", Date.valueOf(campaign.minusMonths(1).atDay(1)),
				Date.valueOf(campaign.plusMonths(1).atEndOfMonth()))
			.forEach((month, orders) -> around.computeIfAbsent(month, (key) -> new long[2])[1] = orders);
		return around;
	}

	/** Page views of these sellers' products from the start up to a day, per seller. */
	Map<Long, Long> viewsUpTo(Collection<Long> sellerIds, LocalDate day) {
		Map<Long, Long> views = new HashMap<>();
		if (sellerIds.isEmpty()) {
			return views;
		}
		this.jdbc.sql("""
				SELECT seller_id, sum(views) FROM report_seller_views_monthly
				WHERE seller_id IN (:sellers) AND month < :month GROUP BY 1
				UNION ALL
				SELECT seller_id, sum(views) FROM report_seller_views_daily
				WHERE seller_id IN (:sellers) AND day BETWEEN :month AND :day GROUP BY 1
				""")
			.param("sellers", sellerIds)
			.param("month", Date.valueOf(day.withDayOfMonth(1)))
			.param("day", Date.valueOf(day))
			.query((row) -> {
				views.merge(row.getLong(1), row.getLong(2), Long::sum);
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
