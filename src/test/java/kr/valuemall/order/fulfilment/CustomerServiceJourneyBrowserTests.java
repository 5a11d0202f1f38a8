package kr.valuemall.order.fulfilment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import kr.valuemall.FullStackTest;
import kr.valuemall.TestClock;
import kr.valuemall.account.AccountSummary;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.order.cart.CartOwner;
import kr.valuemall.order.cart.Carts;
import kr.valuemall.order.checkout.Checkout;
import kr.valuemall.order.checkout.DeliveryAddress;
import kr.valuemall.order.checkout.OrderFixtures;
import kr.valuemall.order.ProductShelf;
import kr.valuemall.account.MallUser;
import kr.valuemall.order.payment.PaymentMethod;
import kr.valuemall.order.payment.SandboxCardGateway;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.settlement.TestPayouts;
import kr.valuemall.settlement.runs.SettlementPeriods;
import kr.valuemall.settlement.runs.SettlementRuns;
import kr.valuemall.web.BrowserJourneyTests;
import kr.valuemall.web.DateTimeDisplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Customer service in a real browser: staff find an order by the phone number the shopper
 * reads out and refund one line of it after the seller was paid (the ledger and the next
 * statement follow); and a bank-transfer refund goes from staff's decision through the
 * shopper's refund account to the staff's bank file.
 */
@FullStackTest
class CustomerServiceJourneyBrowserTests {

	private static final String PASSWORD = "journey-password-77";

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	Carts carts;

	@Autowired
	Checkout checkout;

	@Autowired
	ProductShelf shelf;

	@Autowired
	SellerShipments sellerShipments;

	@Autowired
	ShopperOrders shopperOrders;

	@Autowired
	SellerApi sellers;

	@Autowired
	SettlementRuns runs;

	@Autowired
	SettlementPeriods periods;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	WebDriverWait wait;

	@BeforeAll
	static void startBrowser() {
		browser = BrowserJourneyTests.newBrowser();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void staffFindAnOrderByPhoneAndRefundOneLineAfterThePayout() {
		this.wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		// August 2016: before the demo's history, so no other statement is touched.
		moveTo("2016-08-08T11:00");
		long seller = this.sellers.storeBySlug(DemoOrders.DEMO_SELLER_STORE).orElseThrow().sellerId();
		List<Long> products = this.jdbc.queryForList("""
				SELECT p.id FROM product p WHERE p.seller_id = ? AND p.status = 'LIVE' AND p.stock >= 5
				AND (SELECT count(*) FROM product_sku s WHERE s.product_id = p.id) = 1 ORDER BY p.price DESC LIMIT 2""",
				Long.class, seller);
		assertThat(products).hasSize(2);
		AccountSummary shopper = shopper("환불고객");
		products.forEach((product) -> this.carts.add(CartOwner.account(shopper.id()), product, 1).orElseThrow());
		String phone = "010-6" + String.format("%03d", (int) (System.nanoTime() % 1000)) + "-2016";
		String orderNumber = place(shopper, PaymentMethod.CARD, phone);
		long shipment = shipmentOf(orderNumber);
		this.sellerShipments.accept(seller, shipment);
		this.sellerShipments.ship(seller, shipment, Courier.CJ, "512345678901");
		this.sellerShipments.deliver(seller, shipment);
		this.shopperOrders.confirm(shopper.id(), orderNumber, shipment);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject("SELECT count(*) FROM settlement_line WHERE shipment_id = ?",
					Long.class, shipment) >= 2);
		moveTo("2016-09-07T10:00");
		this.runs.run(this.periods.startingOn(LocalDate.of(2016, 8, 1)).orElseThrow(), "test");
		TestPayouts.payOut(this.context, this.periods.startingOn(LocalDate.of(2016, 8, 1)).orElseThrow());
		moveTo("2016-09-09T14:00");

		signIn("admin@example.com", "valuemall-demo");
		open("/admin");
		browser.findElement(By.cssSelector("a[href='/admin/orders']")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("order-query")));
		browser.findElement(By.id("order-query")).sendKeys(phone.replace("-", ""));
		browser.findElement(By.cssSelector("form.staff-order-search button[type=submit]")).click();
		this.wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".staff-order-table"), orderNumber));
		assertThat(browser.findElements(By.cssSelector(".staff-order-row"))).hasSize(1);
		browser.findElement(By.linkText(orderNumber)).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), orderNumber));
		assertThat(browser.findElement(By.cssSelector(".staff-timeline")).getText()).contains("구매 확정");

		long cheaper = this.jdbc.queryForObject(
				"SELECT id FROM order_line WHERE shipment_id = ? ORDER BY amount, id LIMIT 1", Long.class, shipment);
		long amount = this.jdbc.queryForObject("SELECT amount FROM order_line WHERE id = ?", Long.class, cheaper);
		browser.findElement(By.cssSelector("input[name=lineIds][value='" + cheaper + "']")).click();
		browser.findElement(By.id("refund-reason-" + shipment)).sendKeys("포장 파손으로 한 상품만 환불");
		browser.findElement(By.cssSelector("#shipment-" + shipment + " form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".line-refunded")));
		assertThat(browser.findElements(By.cssSelector(".line-refunded"))).hasSize(1);
		assertThat(browser.findElement(By.cssSelector(".refund-list")).getText()).contains("포장 파손으로 한 상품만 환불", "완료");
		assertThat(browser.findElement(By.cssSelector(".shipment-status")).getText()).isEqualTo("구매 확정");

		// The seller had been paid for it: the ledger takes the share back and the next
		// statement shows it.
		long share = amount - Math.round(amount * 0.03);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject(
					"SELECT count(*) FROM settlement_adjustment a JOIN settlement_line l ON l.id = a.line_id WHERE l.source_id = ? AND l.kind = 'ITEM'",
					Long.class, cheaper) == 1);
		moveTo("2016-10-07T10:00");
		this.runs.run(this.periods.startingOn(LocalDate.of(2016, 9, 1)).orElseThrow(), "test");
		assertThat(this.jdbc.queryForObject(
				"SELECT adjustment_total FROM settlement_statement WHERE seller_id = ? AND period_start = DATE '2016-09-01'",
				Long.class, seller))
			.isEqualTo(-share);
		assertThat(this.jdbc
			.queryForObject("SELECT coalesce(sum(debit) - sum(credit), 0) FROM settlement_journal_posting", Long.class))
			.isZero();
	}

	@Test
	void aBankTransferRefundGoesThroughTheStaffsList() {
		this.wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		long seller = this.sellers.storeBySlug(DemoOrders.DEMO_SELLER_STORE).orElseThrow().sellerId();
		long product = this.jdbc.queryForObject("""
				SELECT p.id FROM product p WHERE p.seller_id = ? AND p.status = 'LIVE' AND p.stock >= 5
				AND (SELECT count(*) FROM product_sku s WHERE s.product_id = p.id) = 1 ORDER BY p.id LIMIT 1""",
				Long.class, seller);
		AccountSummary shopper = shopper("계좌환불");
		this.carts.add(CartOwner.account(shopper.id()), product, 1).orElseThrow();
		String orderNumber = place(shopper, PaymentMethod.BANK_TRANSFER, "010-5555-2026");

		signIn("admin@example.com", "valuemall-demo");
		open("/admin/deposits");
		browser.findElement(By.cssSelector("form[action$='/admin/deposits/" + orderNumber + "/confirm'] button"))
			.click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
		open("/admin/orders?q=" + orderNumber);
		browser.findElement(By.linkText(orderNumber)).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), orderNumber));
		long shipment = shipmentOf(orderNumber);
		browser.findElement(By.id("refund-reason-" + shipment)).sendKeys("판매자 재고 부족으로 취소");
		browser.findElement(By.cssSelector("#shipment-" + shipment + " form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".refund-list"), "환불 계좌 대기"));

		signIn(shopper.email(), PASSWORD);
		open("/orders/" + orderNumber);
		assertThat(browser.findElement(By.cssSelector(".refund-box .notice")).getText()).contains("받을 계좌를 알려 주세요");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("refund-bank"))).selectByValue("SHINHAN");
		browser.findElement(By.id("refund-number")).sendKeys("110-123-456789");
		browser.findElement(By.id("refund-holder")).sendKeys("계좌환불");
		browser.findElement(By.cssSelector("form.refund-account-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".refund-box"), "이체 준비 중"));
		assertThat(browser.findElement(By.cssSelector(".refund-account")).getText()).contains("신한은행", "••••••6789");

		signIn("admin@example.com", "valuemall-demo");
		open("/admin/refunds");
		assertThat(browser.findElement(By.cssSelector(".ready-refund")).getText()).contains(orderNumber);
		browser.findElement(By.cssSelector("form[action$='/admin/refunds/files'] button")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".refund-file")));
		long file = this.jdbc.queryForObject(
				"SELECT r.transfer_file_id FROM refund r JOIN customer_order o ON o.id = r.order_id WHERE o.order_number = ?",
				Long.class, orderNumber);
		WebElement row = browser.findElement(
				By.xpath("//li[contains(@class,'refund-file')][.//a[contains(@href,'/files/" + file + ".csv')]]"));
		row.findElement(By.cssSelector("form button")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "완료로 표시"));

		signIn(shopper.email(), PASSWORD);
		open("/orders/" + orderNumber);
		assertThat(browser.findElement(By.cssSelector(".refund-status")).getText()).isEqualTo("환불 완료");
	}

	@Test
	void aSuspendedStoresListingsLeaveSearchTheFeedsAndTheSitemap() {
		this.wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		// A store other than the demo seller's, with a listing without options.
		java.util.Map<String, Object> chosen = this.jdbc.queryForMap("""
				SELECT p.id, p.name, p.seller_id FROM product p JOIN seller_application a ON a.id = p.seller_id
				WHERE p.status = 'LIVE' AND a.store_slug <> ? AND a.suspended_at IS NULL
				AND (SELECT count(*) FROM product_sku s WHERE s.product_id = p.id) = 1
				ORDER BY p.id LIMIT 1""", DemoOrders.DEMO_SELLER_STORE);
		long product = ((Number) chosen.get("id")).longValue();
		long store = ((Number) chosen.get("seller_id")).longValue();
		String word = ((String) chosen.get("name")).split(" ")[0];
		assertThat(shown(product, word)).isTrue();

		signIn("admin@example.com", "valuemall-demo");
		try {
			open("/admin/sellers/" + store);
			browser.findElement(By.id("reason")).sendKeys("국산 표시 위반 조사 중");
			browser.findElement(By.cssSelector(".store-suspension form button.danger")).click();
			this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".suspended-since")));
			await().atMost(Duration.ofSeconds(20)).until(() -> !shown(product, word));
			assertThat(fetch("/products/" + product)).as("its page is gone for shoppers").doesNotContain(word);
		}
		finally {
			open("/admin/sellers/" + store);
			browser.findElement(By.cssSelector("form[action$='/reinstate'] button")).click();
			this.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".suspended-since")));
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> shown(product, word));
	}

	/**
	 * Whether the search page in the browser, both feeds and the sitemap list the
	 * product.
	 */
	private boolean shown(long product, String word) {
		open("/products?q=" + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8));
		boolean inSearch = !browser.findElements(By.cssSelector("a[href='/products/" + product + "']")).isEmpty();
		boolean inNaver = fetch("/feeds/naver-ep.tsv").lines().anyMatch((line) -> line.startsWith(product + "\t"));
		boolean inGoogle = fetch("/feeds/google-merchant.xml").contains("<g:id>" + product + "</g:id>");
		String index = fetch("/sitemap.xml");
		StringBuilder sitemaps = new StringBuilder(index);
		java.util.regex.Matcher parts = java.util.regex.Pattern.compile("https?://[^/<]+(/sitemap-[a-z]+-\\d+\\.xml)")
			.matcher(index);
		while (parts.find()) {
			sitemaps.append(fetch(parts.group(1)));
		}
		boolean inSitemap = sitemaps.toString().contains("/products/" + product + "<");
		assertThat(inNaver).as("Naver EP agrees with search").isEqualTo(inSearch);
		assertThat(inGoogle).as("Google agrees with search").isEqualTo(inSearch);
		assertThat(inSitemap).as("the sitemap agrees with search").isEqualTo(inSearch);
		return inSearch;
	}

	private String fetch(String path) {
		try {
			java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + this.port + path))
					.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			return response.body();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private AccountSummary shopper(String name) {
		return TestAccounts.openShopper(this.context, "cs-journey-" + UUID.randomUUID() + "@example.com", PASSWORD,
				name, this.clock);
	}

	private String place(AccountSummary shopper, PaymentMethod method, String phone) {
		OrderFixtures fixtures = new OrderFixtures(null, this.carts, this.checkout, this.shelf, this.jdbc);
		MallUser user = TestAccounts.principal(shopper);
		DeliveryAddress address = new DeliveryAddress(shopper.name(), phone, "04524", "서울특별시 중구 세종대로 110", "3층", "");
		return (method == PaymentMethod.CARD) ? fixtures.payByCard(user, SandboxCardGateway.APPROVE, address)
				: fixtures.payByBankTransfer(user, address);
	}

	private long shipmentOf(String orderNumber) {
		return this.jdbc.queryForObject(
				"SELECT s.id FROM shipment s JOIN customer_order o ON o.id = s.order_id WHERE o.order_number = ?",
				Long.class, orderNumber);
	}

	private void signIn(String email, String password) {
		browser.manage().deleteAllCookies();
		open("/login?lang=ko");
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".greeting")));
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private void moveTo(String seoulTime) {
		Instant target = LocalDateTime.parse(seoulTime).atZone(DateTimeDisplay.SEOUL).toInstant();
		this.clock.advance(Duration.between(this.clock.instant(), target));
	}

}
