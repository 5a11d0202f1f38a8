package kr.valuemall.web;

import java.nio.file.Files;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import kr.valuemall.FullStackTest;
import kr.valuemall.TestCards;
import kr.valuemall.shared.TestDocuments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small business joins in a real browser: signs up, applies, is approved by staff,
 * lists a product with its product information notice, and shoppers see it with its
 * origin badge and notice table.
 */
@FullStackTest
class SellerJourneyBrowserTests {

	static WebDriver browser;

	@LocalServerPort
	int port;

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

	@Test
	void applyBeApprovedListAProductAndSeeItPublic() throws Exception {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		String email = "journey-seller-" + System.nanoTime() + "@example.com";
		open("/signup?lang=ko");
		type(Map.of("email", email, "password", "maple-bench-77", "passwordConfirm", "maple-bench-77", "name", "나무손",
				"phone", "010-2468-1357"));
		browser.findElement(By.id("agreeToTerms1")).click();
		browser.findElement(By.id("agreeToPrivacy1")).click();
		submit();
		wait.until(ExpectedConditions.urlContains("/login"));
		logIn(email, "maple-bench-77");

		open("/seller/apply");
		type(Map.ofEntries(Map.entry("businessName", "나무손 공방"), Map.entry("representative", "나무손"),
				Map.entry("registrationNumber", "617-81-12337"), Map.entry("mailOrderReportNumber", "제2026-경기양평-0777호"),
				Map.entry("mailOrderReportOffice", "경기도 양평군청"), Map.entry("employees", "2"),
				Map.entry("annualRevenue", "150,000,000"), Map.entry("businessAddress", "경기도 양평군 양평읍 양근로 77"),
				Map.entry("phone", "031-777-1234"), Map.entry("accountNumber", "123-456-789012"),
				Map.entry("accountHolder", "나무손 공방"), Map.entry("storeName", "나무손 공방"),
				Map.entry("storeSlug", "namuson"), Map.entry("introduction", "양평에서 원목 주방 도구를 깎습니다.")));
		new Select(browser.findElement(By.id("industry"))).selectByValue("MANUFACTURING");
		new Select(browser.findElement(By.id("region"))).selectByValue("GYEONGGI");
		new Select(browser.findElement(By.id("bank"))).selectByValue("NH");
		Path certificate = Files.createTempFile("certificate", ".pdf");
		Files.write(certificate, TestDocuments.certificatePdf());
		browser.findElement(By.id("document")).sendKeys(certificate.toAbsolutePath().toString());
		submit();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".status-label"), "심사 중"));
		logOut();

		logIn("admin@example.com", "valuemall-demo");
		open("/admin/sellers");
		browser.findElement(By.linkText("나무손 공방")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "나무손 공방"));
		browser.findElement(By.cssSelector(".inline-decision button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "입점을 승인했습니다"));
		logOut();

		logIn(email, "maple-bench-77");
		open("/seller");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("판매자 센터");
		open("/seller/products/new");
		new Select(browser.findElement(By.id("categorySlug"))).selectByValue("kitchenware");
		type(Map.of("name", "산벚나무 나무 주걱", "description", "양평 공방에서 산벚나무를 깎아 만든 주걱입니다.", "price", "18,000", "stock", "30",
				"manufacturer", "나무손 공방"));
		browser.findElement(By.id("shippingFee")).clear();
		browser.findElement(By.id("shippingFee")).sendKeys("3000");
		new Select(browser.findElement(By.id("madeRegion"))).selectByValue("GYEONGGI");
		new Select(browser.findElement(By.id("makerRole"))).selectByValue("MAKER");
		// Its own Jeju and island fees, above the store's (none set).
		type(Map.of("ownJejuFee", "5,000", "ownIslandFee", "7000"));
		// Options without JavaScript: names and values, then the grid of 2 × 3
		// combinations comes back with everything typed kept.
		type(Map.of("optionName1", "나무", "optionValues1", "산벚나무, 호두나무", "optionName2", "길이", "optionValues2",
				"24cm, 30cm, 36cm"));
		browser.findElement(By.cssSelector("button[value=makeOptions]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".option-grid")));
		assertThat(browser.findElements(By.cssSelector(".option-grid tbody th")).stream().map(WebElement::getText))
			.containsExactly("산벚나무 / 24cm", "산벚나무 / 30cm", "산벚나무 / 36cm", "호두나무 / 24cm", "호두나무 / 30cm", "호두나무 / 36cm");
		assertThat(browser.findElement(By.id("name")).getDomProperty("value")).isEqualTo("산벚나무 나무 주걱");
		String[] deltas = { "0", "0", "+3,000", "+4000", "+4000", "+7000" };
		String[] stocks = { "10", "10", "1", "10", "10", "10" };
		for (int i = 0; i < 6; i++) {
			type(Map.of("skus" + i + ".priceDelta", deltas[i], "skus" + i + ".stock", stocks[i]));
		}
		// The notice's lines load without JavaScript: the category's group, what the
		// listing already says filled in.
		browser.findElement(By.cssSelector("button[value=loadNotice]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice-components")));
		assertThat(new Select(browser.findElement(By.id("noticeGroup"))).getFirstSelectedOption().getText())
			.isEqualTo("주방용품");
		assertThat(browser.findElement(By.id("notice-productModel")).getDomProperty("value")).isEqualTo("산벚나무 나무 주걱");
		assertThat(browser.findElement(By.id("notice-maker")).getDomProperty("value")).isEqualTo("나무손 공방");
		assertThat(browser.findElement(By.id("price")).getDomProperty("value")).isEqualTo("18,000");
		type(Map.of("notice-substance", "산벚나무 원목 (식용 오일 마감)", "notice-components", "주걱 1개", "notice-dimensions",
				"길이 30 x 폭 6 cm", "notice-releasedYearMonth", "2026년 3월", "notice-warranty", "소비자분쟁해결기준에 따라 교환·환불",
				"notice-afterService", "나무손 공방 031-777-1234"));
		browser.findElement(By.id("attested1")).click();
		browser.findElement(By.cssSelector("button[value=publish]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "판매를 시작했습니다"));
		browser.findElement(By.linkText("판매 페이지 보기")).click();

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "산벚나무 나무 주걱"));
		assertThat(browser.findElement(By.cssSelector(".origin-badge")).getText()).contains("국내 제조 확인", "나무손 공방",
				"경기도");
		assertThat(browser.findElement(By.cssSelector(".notice-table caption")).getText()).startsWith("주방용품 상품정보제공고시");
		assertThat(browser.findElement(By.cssSelector(".notice-table")).getText()).contains("재질 산벚나무 원목 (식용 오일 마감)",
				"제조국 대한민국", "KC 인증 정보 해당 없음");
		assertThat(browser.findElement(By.cssSelector(".seller-box")).getText()).contains("617-81-12337");
		assertThat(browser.findElement(By.cssSelector(".dispatch-promise")).getText()).contains("오늘 주문하면", "출고 예정");
		assertThat(browser.findElements(By.cssSelector(".option-choices input[name=sku]"))).hasSize(6);
		String productUrl = browser.getCurrentUrl();
		open("/stores/namuson");
		assertThat(browser.findElement(By.cssSelector(".product-grid")).getText()).contains("산벚나무 나무 주걱");

		// Twenty more from a spreadsheet, with the page showing how far it got.
		open("/seller/products");
		browser.findElement(By.linkText("엑셀로 한꺼번에 등록")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "엑셀 일괄 등록"));
		Path sheet = twentyListings();
		browser.findElement(By.id("sheet")).sendKeys(sheet.toAbsolutePath().toString());
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(90))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".run-state"), "완료"));
		assertThat(browser.findElement(By.cssSelector(".run-count")).getText()).isEqualTo("20줄 중 20줄 처리");
		assertThat(browser.findElements(By.cssSelector("table.bulk-rows tbody tr"))).hasSize(20);
		assertThat(browser.findElement(By.cssSelector(".bulk-summary")).getText()).contains("등록 안 됨 0개");
		open("/seller/products");
		assertThat(browser.findElements(By.cssSelector(".listing-row"))).hasSize(21);
		logOut();

		// A shopper buys two of its options, delivered to Jeju: the listing's own Jeju
		// fee
		// is added once, on top of its shipping fee.
		String shopperEmail = "journey-shopper-" + System.nanoTime() + "@example.com";
		open("/signup?lang=ko");
		type(Map.of("email", shopperEmail, "password", "tangerine-road-5", "passwordConfirm", "tangerine-road-5",
				"name", "한라산", "phone", "010-6300-1234"));
		browser.findElement(By.id("agreeToTerms1")).click();
		browser.findElement(By.id("agreeToPrivacy1")).click();
		submit();
		wait.until(ExpectedConditions.urlContains("/login"));
		logIn(shopperEmail, "tangerine-road-5");
		browser.get(productUrl);
		chooseOption("산벚나무 / 36cm", "1");
		chooseOption("호두나무 / 24cm", "2");
		open("/cart");
		assertThat(browser.findElements(By.cssSelector(".cart-item .option-label")).stream().map(WebElement::getText))
			.containsExactly("옵션: 산벚나무 / 36cm", "옵션: 호두나무 / 24cm");
		browser.findElement(By.cssSelector("#cart-checkout button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "주문/결제"));
		type(Map.of("recipient", "한라산", "phone", "010-6300-1234", "postalCode", "63309", "address1",
				"제주특별자치도 제주시 첨단로 242", "address2", "1층", "cardNumber", "4242 4242 4242 4242", "cardExpiry",
				TestCards.EXPIRY));
		browser.findElement(By.cssSelector(".checkout-form button[type=submit].full")).click();
		// The page showed the mainland total; the Jeju address adds the fee to agree to.
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".island-fee-notice")));
		// 21,000 + 2 × 22,000 in goods, 3,000 shipping, 5,000 for Jeju
		assertThat(browser.findElement(By.cssSelector(".island-fee-total")).getText()).contains("5,000원");
		assertThat(browser.findElement(By.cssSelector(".grand-total")).getText()).contains("73,000원");
		type(Map.of("cardNumber", "4242 4242 4242 4242"));
		browser.findElement(By.cssSelector(".checkout-form button[type=submit].full")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "주문이 완료되었습니다"));
		assertThat(browser.findElements(By.cssSelector(".order-line .option-label")).stream().map(WebElement::getText))
			.containsExactly("옵션: 산벚나무 / 36cm", "옵션: 호두나무 / 24cm");
		assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("제주 추가 배송비", "73,000원");

		// That option's last unit is gone: shown sold out, not selectable.
		browser.get(productUrl);
		WebElement soldOut = optionRow("산벚나무 / 36cm");
		assertThat(soldOut.getText()).contains("품절");
		assertThat(soldOut.findElement(By.name("sku")).isEnabled()).isFalse();
		logOut();

		// The seller's order list names the options.
		logIn(email, "maple-bench-77");
		open("/seller/orders?tab=NEW");
		assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("옵션: 산벚나무 / 36cm",
				"옵션: 호두나무 / 24cm");
	}

	/** The product page's line for an option. */
	private static WebElement optionRow(String label) {
		return browser.findElements(By.cssSelector(".option-choices li"))
			.stream()
			.filter((row) -> row.findElement(By.cssSelector(".option-name")).getText().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no option " + label));
	}

	/** Chooses an option on the product page and puts that many in the cart. */
	private static void chooseOption(String label, String quantity) {
		optionRow(label).findElement(By.tagName("label")).click();
		type(Map.of("buy-quantity", quantity));
		// The page stays where it is and answers beside the button: the earlier answer,
		// if
		// any, is replaced by the new one.
		List<WebElement> earlier = browser.findElements(By.cssSelector("#cart-feedback .notice"));
		WebElement form = browser.findElement(By.cssSelector(".buy-form"));
		form.findElement(By.cssSelector("button.secondary")).click();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		if (!earlier.isEmpty()) {
			wait.until(ExpectedConditions.stalenessOf(earlier.get(0)));
		}
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#cart-feedback [role=status]"),
				"장바구니에 담았습니다"));
	}

	/** A workbook of twenty domestic kitchen tools, as a seller fills the template. */
	private static Path twentyListings() throws Exception {
		List<String> headings = List.of("카테고리", "상품명", "상품 상세정보", "판매가", "재고수량", "기본배송비", "원산지 구분", "제조 지역", "제조사",
				"직접 제조 여부", "원산지 확인", "등록 방식", "상품정보제공고시 분류", "productModel", "madeInOrOrigin", "maker",
				"afterServiceOrPhone");
		String[] woods = { "산벚나무", "호두나무", "물푸레나무", "단풍나무", "참나무" };
		String[] things = { "버터나이프", "국자", "뒤집개", "도마" };
		Path file = Files.createTempFile("listings", ".xlsx");
		try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("상품등록");
			Row heading = sheet.createRow(0);
			for (int c = 0; c < headings.size(); c++) {
				heading.createCell(c).setCellValue(headings.get(c));
			}
			for (int i = 0; i < 20; i++) {
				String name = woods[i % woods.length] + " " + things[i / woods.length] + " " + (i + 1) + "호";
				List<String> cells = List.of("kitchenware", name, "양평 공방에서 손으로 깎아 오일로 마감한 " + name + "입니다.",
						(12_000 + i * 500) + "", "10", "3000", "국산", "경기", "나무손 공방", "직접 제조", "Y", "판매 신청", "기타 재화",
						name, "대한민국(경기 양평)", "나무손 공방", "나무손 공방 031-777-1234");
				Row row = sheet.createRow(i + 1);
				for (int c = 0; c < cells.size(); c++) {
					row.createCell(c).setCellValue(cells.get(c));
				}
			}
			workbook.write(out);
		}
		return file;
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private void logIn(String email, String password) {
		open("/login?lang=ko");
		type(Map.of("email", email, "password", password));
		submit();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".greeting")));
	}

	private void logOut() {
		browser.findElement(By.cssSelector(".account-menu form button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.linkText("로그인")));
	}

	private static void type(Map<String, String> fields) {
		fields.forEach((id, value) -> {
			var input = browser.findElement(By.id(id));
			input.clear();
			input.sendKeys(value);
		});
	}

	private static void submit() {
		browser.findElement(By.cssSelector("main form.form button[type=submit]")).click();
	}

}
