package kr.valuemall.report;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import kr.valuemall.MallClient;
import kr.valuemall.ValueMallApplication;
import kr.valuemall.seller.BusinessRegistrationNumber;
import kr.valuemall.web.DateTimeDisplay;

/**
 * How fast /admin/reports answers with 2,000 sellers and 1,000,000 order lines, the whole
 * page as staff get it: run by hand, never as a test (docs/reports.md). <pre>
 * ./mvnw -B -o test-compile
 * ./mvnw -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt -q
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) kr.valuemall.report.ReportPageBenchmark [--fresh]
 * </pre> Uses the database {@link ReportBenchmark} builds, adds its 2,000 stores as
 * approved sellers and a staff account, starts the mall on it (no demo data, nothing
 * scheduled that matters) and times HTTP GETs of the page from request to the last byte
 * over the loopback: security, the seller and catalog lookups, the roll-up queries, the
 * builder and the Thymeleaf page. That is the server's time plus a little for the
 * loopback and the client.
 */
public final class ReportPageBenchmark {

	private static final int ROUNDS = 30;

	private static final String STAFF = "bench-staff@example.com";

	private static final String STAFF_PASSWORD = "bench-password-1";

	private ReportPageBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String url = ReportBenchmark.prepare(Arrays.asList(args).contains("--fresh"));
		addSellersAndStaff(url);
		ConfigurableApplicationContext mall = SpringApplication.run(ValueMallApplication.class,
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + ReportBenchmark.USER,
				"--spring.datasource.password=" + ReportBenchmark.PASSWORD, "--server.port=0",
				"--valuemall.settlement.schedule=-", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--logging.level.kr.valuemall=WARN");
		try {
			int port = Integer.parseInt(mall.getEnvironment().getProperty("local.server.port"));
			measure(port);
		}
		finally {
			mall.close();
		}
	}

	private static void measure(int port) throws Exception {
		MallClient staff = new MallClient(port);
		MallClient.Page loggedIn = staff.logIn(STAFF, STAFF_PASSWORD);
		if (loggedIn.status() != 302 || staff.cookie("SESSION").isEmpty()) {
			throw new IllegalStateException("Staff could not log in: " + loggedIn.status());
		}
		String session = staff.cookie("SESSION").orElseThrow();
		Map<String, String> queries = new LinkedHashMap<>();
		queries.put("12 months", "from=2025-12-01&to=2026-11-30");
		queries.put("12 months, 2 sale months left out",
				"from=2025-12-01&to=2026-11-30&exclude=2026-03&exclude=2026-09&campaignMonth=2026-03");
		queries.put("one month", "from=2026-05-01&to=2026-05-31");
		queries.put("90 days", "from=2026-06-01&to=2026-08-29");
		HttpClient http = HttpClient.newHttpClient();
		Map<String, long[]> micros = new LinkedHashMap<>();
		List<Long> all = new ArrayList<>();
		for (int round = -5; round < ROUNDS; round++) {
			for (Map.Entry<String, String> query : queries.entrySet()) {
				HttpRequest request = HttpRequest
					.newBuilder(URI.create("http://localhost:" + port + "/admin/reports?" + query.getValue()))
					.header("Cookie", "SESSION=" + session)
					.header("Accept-Language", "ko-KR")
					.GET()
					.build();
				long start = System.nanoTime();
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
				long took = (System.nanoTime() - start) / 1_000;
				if (response.statusCode() != 200 || !response.body().contains("kpi")) {
					throw new IllegalStateException(query.getKey() + " answered " + response.statusCode());
				}
				if (round == 0) {
					System.out.printf("  %-36s %,d bytes of HTML%n", query.getKey(), response.body().length());
				}
				if (round >= 0) {
					micros.computeIfAbsent(query.getKey(), (key) -> new long[ROUNDS])[round] = took;
					all.add(took);
				}
			}
		}
		System.out.printf("%n%-38s %8s %8s %8s%n", "GET /admin/reports", "p50 ms", "p95 ms", "max ms");
		micros.forEach((name, times) -> {
			long[] sorted = times.clone();
			Arrays.sort(sorted);
			System.out.printf("%-38s %8.1f %8.1f %8.1f%n", name, ReportBenchmark.percentile(sorted, 50),
					ReportBenchmark.percentile(sorted, 95), sorted[sorted.length - 1] / 1000.0);
		});
		long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("%nAll %d pages: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", sorted.length,
				ReportBenchmark.percentile(sorted, 50), ReportBenchmark.percentile(sorted, 95),
				sorted[sorted.length - 1] / 1000.0);
	}

	/** A valid business registration number of its own for each seller. */
	private static String registrationNumber(long sellerId) {
		String nine = "5%08d".formatted(sellerId);
		for (int check = 0; check < 10; check++) {
			if (BusinessRegistrationNumber.parse(nine + check).isPresent()) {
				return nine + check;
			}
		}
		throw new IllegalStateException(nine);
	}

	/**
	 * The 2,000 stores the roll-ups were generated for, as approved sellers with the
	 * seller ids, regions and opening days the builder benchmark uses, and one staff
	 * account.
	 */
	private static void addSellersAndStaff(String url) {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, ReportBenchmark.USER,
				ReportBenchmark.PASSWORD, true);
		try {
			JdbcClient jdbc = JdbcClient.create(dataSource);
			if (jdbc.sql("SELECT count(*) FROM seller_application").query(Long.class).single() > 0) {
				return;
			}
			String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(STAFF_PASSWORD);
			for (Company company : ReportBenchmark.companies(jdbc)) {
				long id = company.sellerId();
				Instant opened = company.openedOn().atTime(LocalTime.NOON).atZone(DateTimeDisplay.SEOUL).toInstant();
				jdbc.sql("""
						INSERT INTO user_account (id, email, password_hash, name, phone, created_at)
						OVERRIDING SYSTEM VALUE VALUES (:id, :email, :hash, :name, '010-0000-0000', :at)""")
					.param("id", id)
					.param("email", "seller" + id + "@bench.example")
					.param("hash", hash)
					.param("name", "판매자 " + id)
					.param("at", Timestamp.from(opened))
					.update();
				jdbc.sql("INSERT INTO user_account_role (user_account_id, role) VALUES (:id, 'SELLER')")
					.param("id", id)
					.update();
				jdbc.sql("""
						INSERT INTO seller_application (id, account_id, status, business_name, representative,
							business_registration_number, mail_order_report_number, mail_order_report_office, industry,
							employees, annual_revenue, business_address, region, phone, bank, bank_account_encrypted,
							bank_account_last4, account_holder, store_name, store_slug, introduction, business_status,
							business_status_source, business_status_checked_at, submitted_at, decided_at, approved_at)
						OVERRIDING SYSTEM VALUE VALUES (:id, :id, 'APPROVED', :name, '대표', :brn, '제2026-세종-0001호',
							'세종시', 'MANUFACTURING', 3, 100000000, '세종특별자치시 가름로 1', :region, '044-000-0000', 'KB',
							'not-decryptable', '0000', '대표', :name, :slug, '국산 제품을 만듭니다.', 'ACTIVE', 'bench', :at,
							:at, :at, :at)""")
					.param("id", id)
					.param("name", company.storeName())
					.param("brn", registrationNumber(id))
					.param("region", company.region().name())
					.param("slug", company.slug())
					.param("at", Timestamp.from(opened))
					.update();
			}
			jdbc.sql("SELECT setval(pg_get_serial_sequence('user_account', 'id'), (SELECT max(id) FROM user_account))")
				.query(Long.class)
				.single();
			jdbc.sql("""
					SELECT setval(pg_get_serial_sequence('seller_application', 'id'),
						(SELECT max(id) FROM seller_application))""").query(Long.class).single();
			jdbc.sql("""
					INSERT INTO user_account (email, password_hash, name, phone) VALUES (:email, :hash, '관리자',
						'010-0000-0000')""").param("email", STAFF).param("hash", hash).update();
			jdbc.sql("""
					INSERT INTO user_account_role (user_account_id, role)
					SELECT id, 'ADMIN' FROM user_account WHERE email = :email""").param("email", STAFF).update();
		}
		finally {
			dataSource.destroy();
		}
	}

}
