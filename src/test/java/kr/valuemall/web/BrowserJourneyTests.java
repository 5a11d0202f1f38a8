package kr.valuemall.web;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.decorators.Decorated;
import org.openqa.selenium.support.decorators.WebDriverDecorator;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import kr.valuemall.FullStackTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page, the language switch and a demo login in Debian's headless Chromium.
 */
@FullStackTest
public class BrowserJourneyTests {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	static WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = newBrowser();
	}

	/** Debian's headless Chromium; skipped where it is missing, except under CI=true. */
	public static WebDriver newBrowser() {
		boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		if (!installed && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER
					+ " is missing: .ci/run installs chromium and chromium-driver");
		}
		Assumptions.assumeTrue(installed,
				"Browser tests skipped: install Debian's chromium and chromium-driver to run them");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--window-size=390,844", "--lang=ko-KR");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		return new StaleNodesAsStale().decorate(new ChromeDriver(service, options));
	}

	/**
	 * Chromedriver reports an element replaced while it was read ("Node with given id
	 * does not belong to the document", when a page is left just as a wait reads it) as
	 * an unknown error, which Selenium's waits do not retry; this reports it as the stale
	 * element it is, so that a wait looks again instead of failing the journey.
	 */
	static final class StaleNodesAsStale extends WebDriverDecorator<WebDriver> {

		@Override
		public Object onError(Decorated<?> target, Method method, Object[] args, InvocationTargetException ex)
				throws Throwable {
			Throwable cause = ex.getTargetException();
			if (cause instanceof WebDriverException && !(cause instanceof StaleElementReferenceException)
					&& String.valueOf(cause.getMessage()).contains("does not belong to the document")) {
				throw new StaleElementReferenceException(cause.getMessage(), cause);
			}
			return super.onError(target, method, args, ex);
		}

	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void homeInKoreanThenEnglishThenTheDemoShopperLogsIn() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		browser.get("http://localhost:" + this.port + "/");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("소상공인");

		browser.findElement(By.cssSelector("a.lang-switch")).click();
		wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("small businesses");

		browser.findElement(By.linkText("Log in")).click();
		wait.until(ExpectedConditions.titleContains("Log in"));
		browser.findElement(By.id("email")).sendKeys("shopper@example.com");
		browser.findElement(By.id("password")).sendKeys("valuemall-demo");
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".greeting"), "김민지"));
		assertThat(browser.findElement(By.cssSelector(".greeting")).getText()).isEqualTo("Hello, 김민지");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as("English is remembered")
			.isEqualTo("en");
	}

	@Test
	void searchFilterOpenAProductAndSeeItsOriginBadge() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		browser.get("http://localhost:" + this.port + "/?lang=ko");
		var search = browser.findElement(By.id("site-search"));
		search.sendKeys("원목");
		search.submit();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".product-grid")));
		assertThat(browser.findElements(By.cssSelector(".product-card")).size()).isGreaterThan(1);

		// The filters wait behind one button (phone first).
		browser.findElement(By.cssSelector(".filter-panel summary")).click();
		browser.findElement(By.cssSelector("input[name=freeShipping]")).click();
		browser.findElement(By.cssSelector("form.search-filters button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("freeShipping"));
		var cards = browser.findElements(By.cssSelector(".product-card"));
		assertThat(cards).isNotEmpty();
		assertThat(cards).allSatisfy((card) -> assertThat(card.getText()).contains("무료배송"));

		cards.get(0).findElement(By.tagName("a")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".origin-badge")));
		assertThat(browser.findElement(By.cssSelector(".origin-badge")).getText()).contains("국내 제조 확인");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("원목");
		assertThat(browser.findElement(By.cssSelector(".notice-table caption")).getText()).contains("상품정보제공고시");
		assertThat(browser.findElements(By.cssSelector(".notice-table tbody tr")).size()).isGreaterThanOrEqualTo(5);
	}

	@Test
	void theCategoryMenuOpensOnAPhone() {
		browser.get("http://localhost:" + this.port + "/?lang=ko");
		var toggle = browser.findElement(By.cssSelector(".menu-toggle"));
		assertThat(toggle.isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("category-list")).isDisplayed()).isFalse();
		toggle.click();
		assertThat(browser.findElement(By.id("category-list")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("category-list")).getText()).contains("식품");
	}

}
