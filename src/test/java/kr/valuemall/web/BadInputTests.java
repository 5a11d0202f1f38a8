package kr.valuemall.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import kr.valuemall.FullStackTest;
import kr.valuemall.MallClient;
import kr.valuemall.MallClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of bad input that used to end in a 500 (issue 19), over real HTTP so that
 * Tomcat's own parsing, the session filter and the error pages take part: the visitor
 * gets the mall's page, a 400 or the form again with its message, never a 500.
 */
@FullStackTest
class BadInputTests {

	private static final String BAD_REQUEST = "요청을 처리할 수 없습니다";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aMultipartBodyWithoutABoundaryIsTheBadRequestPage() throws Exception {
		MallClient visitor = new MallClient(this.port);
		String token = visitor.get("/signup").document().select("input[name=_csrf]").val();
		for (String type : new String[] { "multipart/form-data", "multipart/form-data; boundary=" }) {
			// with the CSRF token in its header, so the request reaches the controller
			HttpResponse<String> withToken = send(request("/signup").header("Cookie", cookies(visitor))
				.header("X-XSRF-TOKEN", token)
				.header("Content-Type", type)
				.POST(HttpRequest.BodyPublishers.ofString("garbage")));
			assertMallPage(withToken, 400);
			assertThat(Jsoup.parse(withToken.body()).select("h1").text()).isEqualTo(BAD_REQUEST);
			// and without, where security's CSRF check is the first to read the body
			assertMallPage(send(request("/cart/items").header("Content-Type", type)
				.POST(HttpRequest.BodyPublishers.ofString("garbage"))), 400);
		}
		// a body cut short after its first part
		HttpResponse<String> cutShort = send(request("/signup").header("Cookie", cookies(visitor))
			.header("X-XSRF-TOKEN", token)
			.header("Content-Type", "multipart/form-data; boundary=zz")
			.POST(HttpRequest.BodyPublishers
				.ofString("--zz\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nabc")));
		assertMallPage(cutShort, 400);
		assertMallPage(send(request("/signup").header("Cookie", cookies(visitor))
			.header("X-XSRF-TOKEN", token)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("email=%zz"))), 400);
		RouteFuzzTests.RawAnswer brokenQuery = RouteFuzzTests.RawAnswer.of(this.port, "GET /products?q=%zz HTTP/1.1");
		assertThat(brokenQuery.status()).isEqualTo(400);
		assertThat(Jsoup.parse(brokenQuery.body()).select("h1").text()).isEqualTo(BAD_REQUEST);
	}

	@Test
	void anAddressTomcatRefusesItselfShowsTheMallsPage() {
		for (String target : new String[] { "/%00", "/products/%C0%AF" }) {
			RouteFuzzTests.RawAnswer answer = RouteFuzzTests.RawAnswer.of(this.port, "GET " + target + " HTTP/1.1");
			assertThat(answer.status()).isEqualTo(400);
			assertThat(Jsoup.parse(answer.body()).select("h1").text()).isEqualTo(BAD_REQUEST);
			assertThat(answer.body()).doesNotContain("HTTP Status", "Tomcat");
		}
	}

	@Test
	void aTickBoxSentAsSomethingElseShowsTheFormAgainWithItsMessages() {
		MallClient visitor = new MallClient(this.port);
		Page signUp = visitor.post("/signup", visitor.get("/signup"),
				Map.of("email", "bad-tick@example.com", "password", "blue-harbour-21", "passwordConfirm",
						"blue-harbour-21", "name", "", "phone", "010-3030-4040", "agreeToTerms", "bad",
						"agreeToPrivacy", "true"));
		assertThat(signUp.status()).isEqualTo(200);
		assertThat(signUp.document().getElementById("email").val()).isEqualTo("bad-tick@example.com");
		// the field that was bound is checked too: the blank name has its message
		assertThat(signUp.document().select(".field-error").text()).contains("입력 형식이 올바르지 않습니다").contains("이름");

		MallClient seller = new MallClient(this.port);
		seller.logIn("seller@example.com", "valuemall-demo");
		Page product = seller.post("/seller/products", seller.get("/seller/products/new"),
				Map.of("name", "잘못 보낸 확인란", "attested", "bad"));
		assertThat(product.status()).isEqualTo(200);
		assertThat(product.document().getElementById("name").val()).isEqualTo("잘못 보낸 확인란");
		assertThat(product.document().select("#attested-error").text()).isEqualTo("입력 형식이 올바르지 않습니다.");

		MallClient admin = new MallClient(this.port);
		admin.logIn("admin@example.com", "valuemall-demo");
		// a primitive tick box sent without its value or its "_active" marker, the other
		// fields blank: each has its message, nothing is issued
		Page coupon = admin.post("/admin/coupons", admin.get("/admin/coupons"), Map.of("code", "NOACTIVE1"));
		assertThat(coupon.status()).isEqualTo(200);
		assertThat(coupon.document().select(".field-error").size()).isGreaterThanOrEqualTo(3);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM coupon WHERE code = 'NOACTIVE1'", Long.class))
			.isZero();
	}

	@Test
	void aLanguageCookieOfNoLanguageOfTheMallIsIgnored() throws Exception {
		for (String cookie : new String[] { "lang=%00", "lang=" + "a".repeat(300), "lang=fr", "lang=" }) {
			HttpResponse<String> home = send(request("/").header("Cookie", cookie).GET());
			assertMallPage(home, 200);
			assertThat(Jsoup.parse(home.body()).selectFirst("html").attr("lang")).isEqualTo("ko");
			assertMallPage(send(request("/no-such-page").header("Cookie", cookie).GET()), 404);
		}
		HttpResponse<String> english = send(request("/").header("Cookie", "lang=en").GET());
		assertThat(Jsoup.parse(english.body()).selectFirst("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void aSessionCookieThatCannotBeASessionIdIsIgnored() throws Exception {
		// AAAA and AA== decode to NUL bytes, which PostgreSQL refuses in a query
		for (String session : new String[] { "AAAA", "AA==", "%%%", "AAAAAAAAAAAAAAAAAAAAAA==", "x".repeat(500) }) {
			assertMallPage(send(request("/").header("Cookie", "SESSION=" + session).GET()), 200);
			HttpResponse<String> orders = send(request("/orders").header("Cookie", "SESSION=" + session).GET());
			assertThat(orders.statusCode()).isEqualTo(302);
		}
	}

	@Test
	void aPageNumberPastTheEndIsTheLastPageTheMallWouldList() throws Exception {
		long product = this.jdbc.queryForObject("SELECT min(id) FROM product", Long.class);
		for (String page : new String[] { "2147483647", "99999999999999999999", "-5" }) {
			assertMallPage(send(request("/products/" + product + "/reviews?page=" + page).GET()), 200);
		}
		assertMallPage(send(request("/products/" + product + "/reviews?page=two").GET()), 400);
		MallClient seller = new MallClient(this.port);
		seller.logIn("seller@example.com", "valuemall-demo");
		assertThat(seller.get("/seller/reviews?page=2147483647").status()).isEqualTo(200);
	}

	@Test
	void daysOfYearsTheMallCannotMeanAreRefusedWhereverTheyAreSent() {
		MallClient admin = new MallClient(this.port);
		admin.logIn("admin@example.com", "valuemall-demo");
		for (String day : new String[] { "-999999999-01-01", "+999999999-12-31", "\t", "2026-13-45" }) {
			String encoded = java.net.URLEncoder.encode(day, StandardCharsets.UTF_8);
			Page reports = admin.get("/admin/reports?from=" + encoded + "&to=" + encoded);
			assertThat(reports.status()).as(day).isLessThan(500);
			Page month = admin.get("/admin/reports?campaignMonth=" + encoded.substring(0, encoded.length() - 3)
					+ "&exclude=" + encoded.substring(0, encoded.length() - 3));
			assertThat(month.status()).as(day).isLessThan(500);
			assertThat(admin.get("/admin/settlements?period=" + encoded).status()).as(day).isEqualTo(200);
			Page desk = admin.get("/admin/settlements");
			assertThat(admin.post("/admin/settlements/" + encoded + "/bank-transfers.csv", desk, Map.of()).status())
				.as(day)
				.isEqualTo(404);
			Page run = admin.post("/admin/settlements/runs", desk, Map.of("period", day));
			assertThat(run.location()).as(day).endsWith("/admin/settlements");
		}
		Page desk = admin.get("/admin/settlements");
		assertThat(desk.text()).contains("알 수 없는 기간이어서 정산할 수 없습니다");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM settlement_run WHERE period_start < '1900-01-01'",
				Long.class))
			.isZero();
	}

	@Test
	void aRunStoredForAPeriodTheMallCannotMeanNoLongerBreaksTheDesk() {
		Long id = this.jdbc.queryForObject("""
				INSERT INTO settlement_run (period_start, period_end, state, started_by, started_at)
				VALUES ('-infinity', '-infinity', 'DONE', 'admin@example.com', now()) RETURNING id""", Long.class);
		try {
			MallClient admin = new MallClient(this.port);
			admin.logIn("admin@example.com", "valuemall-demo");
			assertThat(admin.get("/admin/settlements").status()).isEqualTo(200);
			assertThat(admin.get("/admin/settlements/runs/" + id).status()).isEqualTo(404);
		}
		finally {
			this.jdbc.update("DELETE FROM settlement_run WHERE id = ?", id);
		}
	}

	@Test
	void requestsOfOneSessionAtOnceDoNotTripOverEachOther() throws Exception {
		java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			for (int round = 0; round < 5; round++) {
				// a session of its own each round, whose first flash message all store at
				// once
				MallClient visitor = new MallClient(this.port);
				visitor.logIn("shopper@example.com", "valuemall-demo");
				String token = visitor.get("/cart").document().select("input[name=_csrf]").val();
				String cookies = cookies(visitor);
				assertThat(cookies).contains("SESSION=");
				java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
				List<java.util.concurrent.Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
				for (int i = 0; i < 8; i++) {
					answers.add(senders.submit(() -> {
						start.await();
						return send(request("/cart/items/0/delete").header("Cookie", cookies)
							.header("X-XSRF-TOKEN", token)
							.header("Content-Type", "application/x-www-form-urlencoded")
							.POST(HttpRequest.BodyPublishers.ofString("")));
					}));
				}
				start.countDown();
				for (java.util.concurrent.Future<HttpResponse<String>> answer : answers) {
					assertThat(answer.get().statusCode()).isLessThan(500);
				}
			}
		}
		finally {
			senders.shutdownNow();
		}
	}

	@Test
	void aKoreanPasswordOverBcryptsSeventyTwoBytesSignsUpInsteadOfA500() {
		MallClient visitor = new MallClient(this.port);
		// 25 Korean syllables: 25 characters, 75 bytes
		String password = "가나다라마바사아자차카타파하거너더러머버서어저처1";
		Page signUp = visitor.post("/signup", visitor.get("/signup"),
				Map.of("email", "long-korean@example.com", "password", password, "passwordConfirm", password, "name",
						"한여름", "phone", "010-3030-4040", "agreeToTerms", "true", "agreeToPrivacy", "true"));
		// Argon2 takes any length of bytes (bcrypt refused more than 72 with a 500).
		assertThat(signUp.status()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM user_account WHERE email = 'long-korean@example.com'",
				Long.class))
			.isEqualTo(1);
	}

	@Test
	void aNulCharacterInAFieldIsDroppedAndTheFormAnswersAsUsual() {
		MallClient visitor = new MallClient(this.port);
		Page signUp = visitor.post("/signup", visitor.get("/signup"),
				Map.of("email", "nul\u0000@example.com", "password", "blue-harbour-21", "passwordConfirm",
						"blue-harbour-21", "name", "한\u0000여름", "phone", "010-3030-4040", "agreeToTerms", "true",
						"agreeToPrivacy", "true"));
		assertThat(signUp.status()).isEqualTo(302);
		assertThat(
				this.jdbc.queryForObject("SELECT name FROM user_account WHERE email = 'nul@example.com'", String.class))
			.isEqualTo("한여름");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String cookies(MallClient client) {
		StringBuilder header = new StringBuilder();
		for (String name : new String[] { "SESSION", "XSRF-TOKEN" }) {
			client.cookie(name).ifPresent((value) -> header.append(name).append('=').append(value).append("; "));
		}
		return header.toString();
	}

	private static void assertMallPage(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("footer").text()).as("the mall's layout").contains("사업자등록번호");
		assertThat(response.body()).doesNotContain("Apache Tomcat", "Exception", "at kr.valuemall");
	}

}
