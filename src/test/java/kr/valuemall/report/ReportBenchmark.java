package kr.valuemall.report;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.shared.Region;

/**
 * How fast /admin/reports is computed with 2,000 sellers and 1,000,000 order lines: run
 * by hand, never as a test (docs/reports.md). <pre>
 * ./mvnw -B -o test-compile
 * ./mvnw -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt -q
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) kr.valuemall.report.ReportBenchmark [--fresh]
 * </pre> Builds database {@code valuemall_report_bench} on PGHOST/PGPORT/PGUSER (default
 * postgres on 127.0.0.1:5432) through the migrations and fills the report's roll-ups once
 * (again with {@code --fresh}) with what the events of a year of 1,000,000 order lines
 * would have left there; then times the report as {@link Reports} builds it: the roll-up
 * queries and {@link ReportBuilder} in one read-only transaction. The seller and catalog
 * answers (2,000 stores, live listings) are given in memory.
 */
public final class ReportBenchmark {

	private static final int SELLERS = 2_000;

	private static final int LINES = 1_000_000;

	private static final int ROUNDS = 30;

	private static final String DATABASE = "valuemall_report_bench";

	private static final LocalDate FIRST_DAY = LocalDate.of(2025, 12, 1);

	private static final int DAYS = 365;

	private static final String[] CATEGORIES = { "chairs-stools", "desks-tables", "storage", "lighting",
			"bedding-fabric", "kitchen-appliances", "agricultural", "seafood", "processed-food", "traditional-food",
			"snacks-bakery", "drinks-tea", "clothing", "bags", "kitchenware", "skincare", "camping", "toys" };

	private ReportBenchmark() {
	}

	static final String USER = env("PGUSER", "postgres");

	static final String PASSWORD = env("PGPASSWORD", "");

	public static void main(String[] args) throws Exception {
		String url = prepare(Arrays.asList(args).contains("--fresh"));
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, USER, PASSWORD, true);
		RollupReader reader = new RollupReader(JdbcClient.create(dataSource));
		TransactionTemplate readOnly = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		readOnly.setReadOnly(true);
		measure(reader, JdbcClient.create(dataSource), readOnly);
		dataSource.destroy();
	}

	/**
	 * Creates the benchmark database if needed (again with {@code fresh}), migrates it
	 * and fills the roll-ups and listings once.
	 * @return its JDBC URL
	 */
	static String prepare(boolean fresh) throws Exception {
		String user = USER;
		String password = PASSWORD;
		String server = "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/";
		try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
				Statement statement = admin.createStatement()) {
			if (fresh) {
				statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
			}
			ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
			if (!exists.next()) {
				statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
			}
		}
		String url = server + DATABASE;
		Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			if (count(connection, "SELECT count(*) FROM report_orders_daily") == 0) {
				long start = System.nanoTime();
				fill(connection);
				System.out.printf("Generated roll-ups in %d s: %,d sales rows, %,d seller-day rows, %,d view rows%n",
						(System.nanoTime() - start) / 1_000_000_000,
						count(connection, "SELECT count(*) FROM report_sales_daily"),
						count(connection, "SELECT count(*) FROM report_seller_daily"),
						count(connection, "SELECT count(*) FROM report_product_views_daily"));
			}
		}
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			if (count(connection, "SELECT count(*) FROM product") == 0) {
				// 100,000 listings (95,000 live) for the live-listing count the report
				// asks the
				// catalog for (the same query as ListingCounts.liveBySeller).
				statement.execute("""
						INSERT INTO product (seller_id, category_slug, name, description, price, stock, shipping_fee,
							origin_kind, status, created_at, updated_at)
						SELECT 1 + g % 2000, 'kitchenware', '상품 ' || g, '국산 원목으로 만든 상품입니다.', 10000, 10, 0,
							'DOMESTIC', CASE WHEN g % 20 = 0 THEN 'HELD' ELSE 'LIVE' END, now(), now()
						FROM generate_series(1, 100000) g
						""");
				statement.execute("VACUUM ANALYZE product");
			}
		}
		return url;
	}

	private static void measure(RollupReader reader, JdbcClient jdbc, TransactionTemplate readOnly) {
		Map<String, ReportPeriod> periods = new LinkedHashMap<>();
		periods.put("12 months", period(FIRST_DAY, FIRST_DAY.plusDays(DAYS - 1)));
		TreeSet<YearMonth> sale = new TreeSet<>(List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 9)));
		periods.put("12 months, 2 sale months left out",
				new ReportPeriod(FIRST_DAY, FIRST_DAY.plusDays(DAYS - 1), sale, YearMonth.of(2026, 3)));
		periods.put("one month", period(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)));
		periods.put("90 days", period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 29)));
		ReportBuilder builder = new ReportBuilder(new ReportBuilder.Labels() {

			@Override
			public String text(String key, Object... args) {
				return key;
			}

			@Override
			public String region(String regionName) {
				return regionName;
			}

			@Override
			public String category(String slug) {
				return slug;
			}

			@Override
			public String money(long won) {
				return String.format("%,d원", won);
			}

			@Override
			public String campaign(long campaignId) {
				return "행사 " + campaignId;
			}

		});
		Map<String, long[]> micros = new LinkedHashMap<>();
		List<Long> all = new ArrayList<>();
		for (int round = -3; round < ROUNDS; round++) {
			for (Map.Entry<String, ReportPeriod> entry : periods.entrySet()) {
				long start = System.nanoTime();
				Report report = readOnly.execute((status) -> builder.build(entry.getValue(), companies(jdbc),
						reader.read(entry.getValue()), reader::viewsUpTo));
				long took = (System.nanoTime() - start) / 1_000;
				if (round == 0) {
					System.out.printf("  %-36s sales %,d won, %,d companies, %,d never sold, average %,d won%n",
							entry.getKey(), report.kpis().sales(), report.kpis().companies(), report.kpis().neverSold(),
							report.kpis().averageMonthlySalesPerCompany());
				}
				if (round >= 0) {
					micros.computeIfAbsent(entry.getKey(), (key) -> new long[ROUNDS])[round] = took;
					all.add(took);
				}
			}
		}
		System.out.printf("%n%-38s %8s %8s %8s%n", "period", "p50 ms", "p95 ms", "max ms");
		micros.forEach((name, times) -> {
			long[] sorted = times.clone();
			Arrays.sort(sorted);
			System.out.printf("%-38s %8.1f %8.1f %8.1f%n", name, percentile(sorted, 50), percentile(sorted, 95),
					sorted[sorted.length - 1] / 1000.0);
		});
		long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("%nAll %d reports: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", sorted.length,
				percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1] / 1000.0);
	}

	private static ReportPeriod period(LocalDate from, LocalDate to) {
		return new ReportPeriod(from, to, new TreeSet<>(), null);
	}

	/**
	 * 2,000 stores opened over the two years before the last day (a third never sell),
	 * with their live listings counted in the database as the catalog counts them.
	 */
	static List<Company> companies(JdbcClient jdbc) {
		Map<Long, Long> live = new HashMap<>();
		jdbc.sql("SELECT seller_id, count(*) FROM product WHERE status = 'LIVE' GROUP BY seller_id").query((row) -> {
			live.put(row.getLong(1), row.getLong(2));
		});
		Random random = new Random(7);
		List<Company> companies = new ArrayList<>();
		for (int s = 1; s <= SELLERS; s++) {
			companies
				.add(new Company(s, "가게 " + s, "store-" + s, Region.values()[random.nextInt(Region.values().length)],
						FIRST_DAY.plusDays(DAYS - 1).minusDays(random.nextInt(730)), live.getOrDefault((long) s, 0L)));
		}
		return companies;
	}

	/**
	 * What SalesRollup and the other listeners would have written for a year of 1,000,000
	 * order lines: lines per seller skewed (a third of sellers never sell), a sale month
	 * with campaign 1, 3% of lines refunded two days later, 80% confirmed after a week;
	 * views on 50,000 products.
	 */
	private static void fill(Connection connection) throws Exception {
		Random random = new Random(42);
		int[][] sellerCategories = new int[SELLERS + 1][];
		for (int s = 1; s <= SELLERS; s++) {
			sellerCategories[s] = new int[] { random.nextInt(CATEGORIES.length), random.nextInt(CATEGORIES.length) };
		}
		Map<String, long[]> sales = new HashMap<>();
		Map<String, long[]> sellerDays = new HashMap<>();
		long[] orders = new long[DAYS + 40];
		int lines = 0;
		while (lines < LINES) {
			int day = random.nextInt(DAYS);
			LocalDate date = FIRST_DAY.plusDays(day);
			boolean saleMonth = date.getMonthValue() == 3 || date.getMonthValue() == 9;
			if (!saleMonth && random.nextInt(3) == 0) {
				continue;
			}
			orders[day]++;
			int sellersInOrder = 1 + (random.nextInt(4) == 0 ? 1 : 0);
			for (int k = 0; k < sellersInOrder && lines < LINES; k++) {
				// Sellers 1..1333 sell, skewed towards the first ones; 1334..2000 never
				// do.
				int seller = 1 + (int) (Math.pow(random.nextDouble(), 3) * 1333);
				long shipmentAmount = 0;
				for (int l = 0, n = 1 + random.nextInt(3); l < n && lines < LINES; l++, lines++) {
					long amount = (1_000 + random.nextInt(80_000)) / 10 * 10;
					String category = CATEGORIES[sellerCategories[seller][random.nextInt(2)]];
					String campaign = saleMonth && random.nextBoolean() ? "1" : "\\N";
					long[] row = sales.computeIfAbsent(day + "\t" + seller + "\t" + category + "\t" + campaign,
							(key) -> new long[3]);
					row[0] += amount;
					row[2]++;
					shipmentAmount += amount;
					if (random.nextInt(100) < 3) {
						sales.computeIfAbsent((day + 2) + "\t" + seller + "\t" + category + "\t" + campaign,
								(key) -> new long[3])[1] += amount;
						sellerDays.computeIfAbsent((day + 2) + "\t" + seller, (key) -> new long[7])[1] += amount;
					}
					else if (random.nextInt(10) < 8) {
						long[] confirmed = sellerDays.computeIfAbsent((day + 7) + "\t" + seller, (key) -> new long[7]);
						confirmed[3] += amount;
						confirmed[4]++;
						confirmed[5] += amount * 300 / 10_000;
						confirmed[6] += amount * 1_300 / 10_000 - amount * 300 / 10_000;
					}
				}
				long[] sellerDay = sellerDays.computeIfAbsent(day + "\t" + seller, (key) -> new long[7]);
				sellerDay[0] += shipmentAmount;
				sellerDay[2]++;
			}
		}
		StringBuilder salesRows = new StringBuilder();
		sales.forEach((key, sums) -> {
			String[] parts = key.split("\t");
			salesRows.append(FIRST_DAY.plusDays(Integer.parseInt(parts[0])))
				.append('\t')
				.append(parts[1])
				.append('\t')
				.append(parts[2])
				.append('\t')
				.append(parts[3])
				.append('\t')
				.append(sums[0])
				.append('\t')
				.append(sums[1])
				.append('\t')
				.append(sums[2])
				.append('\n');
		});
		StringBuilder sellerRows = new StringBuilder();
		sellerDays.forEach((key, sums) -> {
			String[] parts = key.split("\t");
			sellerRows.append(FIRST_DAY.plusDays(Integer.parseInt(parts[0])))
				.append('\t')
				.append(parts[1])
				.append('\t')
				.append(Region.values()[Integer.parseInt(parts[1]) % Region.values().length].name());
			for (long sum : sums) {
				sellerRows.append('\t').append(sum);
			}
			sellerRows.append('\n');
		});
		StringBuilder orderRows = new StringBuilder();
		for (int day = 0; day < DAYS; day++) {
			orderRows.append(FIRST_DAY.plusDays(day)).append('\t').append(orders[day]).append('\n');
		}
		StringBuilder viewRows = new StringBuilder();
		StringBuilder sellerViewRows = new StringBuilder();
		for (int seller = 1; seller <= SELLERS; seller++) {
			for (int d = 0; d < DAYS; d += 1 + random.nextInt(3)) {
				long views = 0;
				for (int product = 0, n = 1 + random.nextInt(5); product < n; product++) {
					long count = 1 + random.nextInt(40);
					views += count;
					viewRows.append(FIRST_DAY.plusDays(d))
						.append('\t')
						.append(seller * 25L + product)
						.append('\t')
						.append(count)
						.append('\n');
				}
				sellerViewRows.append(FIRST_DAY.plusDays(d))
					.append('\t')
					.append(seller)
					.append('\t')
					.append(views)
					.append('\n');
			}
		}
		StringBuilder cartRows = new StringBuilder();
		for (int d = 0; d < DAYS; d++) {
			cartRows.append(FIRST_DAY.plusDays(d))
				.append('\t')
				.append(2_000 + random.nextInt(2_000))
				.append("\t4000\n");
		}
		var copy = ((PGConnection) connection).getCopyAPI();
		copy.copyIn("COPY report_sales_daily (day, seller_id, category_slug, campaign_id, paid, refunded, paid_lines)"
				+ " FROM STDIN", new StringReader(salesRows.toString()));
		copy.copyIn("COPY report_seller_daily (day, seller_id, region, paid, refunded, shipments, confirmed,"
				+ " confirmed_lines, commission, savings) FROM STDIN", new StringReader(sellerRows.toString()));
		copy.copyIn("COPY report_orders_daily (day, orders) FROM STDIN", new StringReader(orderRows.toString()));
		copy.copyIn("COPY report_product_views_daily (day, product_id, views) FROM STDIN",
				new StringReader(viewRows.toString()));
		copy.copyIn("COPY report_seller_views_daily (day, seller_id, views) FROM STDIN",
				new StringReader(sellerViewRows.toString()));
		copy.copyIn("COPY report_cart_adds_daily (day, adds, units) FROM STDIN", new StringReader(cartRows.toString()));
		try (Statement statement = connection.createStatement()) {
			// The listeners write each month's row beside the day's; here they come from
			// the days.
			statement.execute(
					"""
							INSERT INTO report_seller_monthly (month, seller_id, region, paid, refunded, shipments, confirmed,
								confirmed_lines, commission, savings)
							SELECT date_trunc('month', day)::date, seller_id, max(region), sum(paid), sum(refunded), sum(shipments),
								sum(confirmed), sum(confirmed_lines), sum(commission), sum(savings)
							FROM report_seller_daily GROUP BY 1, 2
							""");
			statement.execute("""
					INSERT INTO report_sales_monthly (month, category_slug, campaign_id, paid, refunded, paid_lines)
					SELECT date_trunc('month', day)::date, category_slug, campaign_id, sum(paid), sum(refunded),
						sum(paid_lines)
					FROM report_sales_daily GROUP BY 1, 2, 3
					""");
			statement.execute(
					"""
							INSERT INTO report_seller_views_monthly (month, seller_id, views)
							SELECT date_trunc('month', day)::date, seller_id, sum(views) FROM report_seller_views_daily GROUP BY 1, 2
							""");
			statement.execute("VACUUM ANALYZE");
		}
	}

	static double percentile(long[] sortedMicros, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sortedMicros.length) - 1;
		return sortedMicros[Math.max(0, index)] / 1000.0;
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
