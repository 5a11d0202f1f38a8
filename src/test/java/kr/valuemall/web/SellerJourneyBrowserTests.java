package kr.valuemall.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import kr.valuemall.FullStackTest;

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
		Files.writeString(certificate, "%PDF-1.4\n%%EOF\n", StandardCharsets.US_ASCII);
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
		open("/stores/namuson");
		assertThat(browser.findElement(By.cssSelector(".product-grid")).getText()).contains("산벚나무 나무 주걱");
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
