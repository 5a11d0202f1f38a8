package kr.valuemall.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import kr.valuemall.FullStackTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspaces on a 390 px phone, in a real browser: the reports page fits the screen
 * (nothing scrolls the page sideways), every chart label is drawn at 12 px or more, the
 * months to leave out are folded away, and a wide table scrolls with the keyboard inside
 * its own box. The seller centre fits the phone as well, its navigation a tab strip.
 */
@FullStackTest
class WorkspaceBrowserTests {

	static WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = BrowserJourneyTests.newBrowser();
		// The command line's window size can be held to a desktop minimum; this one
		// holds.
		browser.manage().window().setSize(new Dimension(390, 844));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theReportsPageReadsOnAPhone() {
		logIn("admin@example.com");
		open("/admin/reports");
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
		assertThat(viewportWidth()).as("the phone's width").isLessThanOrEqualTo(400);
		assertThat(pageOverflow()).as("px the page scrolls sideways").isZero();

		List<WebElement> labels = browser.findElements(By.cssSelector("svg.report-chart-svg text"));
		assertThat(labels).as("chart labels").isNotEmpty();
		// The size the text is drawn at: its font size times the SVG's scale on the
		// screen.
		@SuppressWarnings("unchecked")
		List<Number> sizes = (List<Number>) js()
			.executeScript("return Array.from(document.querySelectorAll('svg.report-chart-svg text')).map((t) =>"
					+ " parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a)");
		assertThat(sizes).hasSameSizeAs(labels)
			.allSatisfy((size) -> assertThat(size.doubleValue()).isGreaterThanOrEqualTo(12));
		@SuppressWarnings("unchecked")
		List<Number> overhang = (List<Number>) js()
			.executeScript("return Array.from(document.querySelectorAll('svg.report-chart-svg text')).map((t) => {"
					+ " const box = t.getBoundingClientRect(), svg = t.ownerSVGElement.getBoundingClientRect();"
					+ " return Math.max(0, svg.left - box.left, box.right - svg.right); })");
		assertThat(overhang).as("chart text stays inside its chart")
			.allSatisfy((px) -> assertThat(px.doubleValue()).isLessThan(1));

		WebElement exclude = browser.findElement(By.cssSelector("details.report-exclude"));
		assertThat(exclude.getAttribute("open")).as("the month picker starts folded").isNull();
		assertThat(exclude.getSize().getHeight()).isLessThan(80);
		assertThat(browser.findElements(By.cssSelector(".report-sections a")).stream().map(WebElement::getText))
			.contains("요약", "판매", "입점업체", "원산지", "내려받기");

		WebElement wide = browser.findElements(By.cssSelector(".report-table-scroll"))
			.stream()
			.filter(WebElement::isDisplayed)
			.filter((region) -> ((Number) js()
				.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth", region)).intValue() > 0)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no report table is wider than a phone"));
		assertThat(wide.getAttribute("tabindex")).isEqualTo("0");
		assertThat(wide.getAttribute("role")).isEqualTo("region");
		String label = wide.getAttribute("aria-labelledby");
		assertThat(browser.findElement(By.id(label)).getText()).isNotBlank();
		js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", wide);
		assertThat(browser.switchTo().activeElement()).isEqualTo(wide);
		new Actions(browser).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform();
		new WebDriverWait(browser, Duration.ofSeconds(5))
			.until((driver) -> ((Number) js().executeScript("return arguments[0].scrollLeft", wide)).intValue() > 0);
		logOut();
	}

	@Test
	void theSellerCentreFitsAPhoneWithItsTabs() {
		logIn("seller@example.com");
		for (String path : new String[] { "/seller", "/seller/orders", "/seller/settlements" }) {
			open(path);
			new WebDriverWait(browser, Duration.ofSeconds(15))
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.ws-nav")));
			assertThat(pageOverflow()).as("%s scrolls sideways", path).isZero();
			assertThat(browser.findElements(By.cssSelector(".cart-link, .category-menu"))).as(path).isEmpty();
			WebElement current = browser.findElement(By.cssSelector(".ws-nav a[aria-current=page]"));
			assertThat(current.getAttribute("href")).endsWith(path);
			// The tab strip scrolls, not the page, and starts with the current tab in
			// view.
			Map<?, ?> box = (Map<?, ?>) js().executeScript("const r = arguments[0].getBoundingClientRect();"
					+ " return {left: r.left, right: r.right, width: window.innerWidth};", current);
			assertThat(((Number) box.get("left")).doubleValue()).as(path).isGreaterThanOrEqualTo(0);
			assertThat(((Number) box.get("right")).doubleValue()).as(path)
				.isLessThanOrEqualTo(((Number) box.get("width")).doubleValue());
		}
		logOut();
	}

	private long pageOverflow() {
		return ((Number) js().executeScript(
				"return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)"))
			.longValue();
	}

	private long viewportWidth() {
		return ((Number) js().executeScript("return document.documentElement.clientWidth")).longValue();
	}

	private static JavascriptExecutor js() {
		return (JavascriptExecutor) browser;
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private void logIn(String email) {
		open("/login?lang=ko");
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys("valuemall-demo");
		browser.findElement(By.cssSelector("main form.form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".greeting")));
	}

	private void logOut() {
		browser.findElement(By.cssSelector(".account-menu form button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.linkText("로그인")));
	}

}
