package kr.valuemall.web;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import kr.valuemall.FullStackTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21's shopper features in a real browser: a visitor presses 찜 on a product, signs
 * in and comes back to keep it; the heart then flips in place without the page moving; a
 * private question is asked; the product is on the wishlist and among the recently
 * viewed.
 */
@FullStackTest
class ShopperFeaturesBrowserTests {

	static WebDriver browser;

	@LocalServerPort
	int port;

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

	@Test
	void keepAProductAskAboutItAndFindItAgain() {
		this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		open("/?lang=ko");
		String productPath = browser.findElement(By.cssSelector(".new-products .product-card-link"))
			.getAttribute("href")
			.replaceAll("^https?://[^/]+", "");
		open(productPath);
		String productName = browser.findElement(By.cssSelector(".buy-box h1")).getText();

		// Not signed in: the heart leads through the login and back.
		browser.findElement(By.cssSelector(".buy-box a.wish-button")).click();
		this.wait.until(ExpectedConditions.urlContains("/login"));
		browser.findElement(By.id("email")).sendKeys("shopper@example.com");
		browser.findElement(By.id("password")).sendKeys("valuemall-demo");
		browser.findElement(By.cssSelector("main form.form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("/wishlist/add"));
		assertThat(browser.findElement(By.cssSelector("main")).getText()).contains(productName);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "찜한 상품에 담았습니다"));
		assertThat(browser.getCurrentUrl()).endsWith(productPath);
		WebElement heart = browser.findElement(By.cssSelector(".buy-box .wish-button"));
		assertThat(heart.getAttribute("aria-pressed")).isEqualTo("true");

		// With the script the heart flips in place: same page, same scroll.
		JavascriptExecutor script = (JavascriptExecutor) browser;
		script.executeScript("arguments[0].scrollIntoView({block: 'center'}); window.samePage = 'yes';", heart);
		long scrolled = ((Number) script.executeScript("return window.scrollY;")).longValue();
		heart.click();
		this.wait
			.until(ExpectedConditions.attributeToBe(By.cssSelector(".buy-box .wish-button"), "aria-pressed", "false"));
		assertThat(script.executeScript("return window.samePage;")).isEqualTo("yes");
		assertThat(((Number) script.executeScript("return window.scrollY;")).longValue()).isEqualTo(scrolled);
		browser.findElement(By.cssSelector(".buy-box .wish-button")).click();
		this.wait
			.until(ExpectedConditions.attributeToBe(By.cssSelector(".buy-box .wish-button"), "aria-pressed", "true"));
		assertThat(script.executeScript("return window.samePage;")).isEqualTo("yes");

		// A private question: the asker reads it back.
		browser.findElement(By.id("question-body")).sendKeys("선물 포장이 되나요? 받는 분 주소를 따로 알려 드릴게요.");
		browser.findElement(By.cssSelector("label[for=question-secret]")).click();
		browser.findElement(By.cssSelector(".question-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "문의가 등록되었습니다"));
		WebElement question = browser.findElement(By.cssSelector("#qna .question"));
		assertThat(question.getText()).contains("비밀글").contains("선물 포장이 되나요?").contains("답변 대기");

		open("/wishlist");
		assertThat(browser.findElement(By.cssSelector(".product-grid")).getText()).contains(productName);
		open("/recent");
		assertThat(browser.findElement(By.cssSelector(".recent-list .product-name")).getText()).isEqualTo(productName);
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

}
