package kr.valuemall.web;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import kr.valuemall.FullStackTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper buys from two small sellers in one checkout in a real browser, the seller
 * ships, the shopper confirms the purchase and reviews it.
 */
@FullStackTest
class ShoppingJourneyBrowserTests {

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
	void buyFromTwoSellersPayByCardSellerShipsShopperConfirmsAndReviews() {
		this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		logIn("shopper@example.com");

		addToCart("park-woodshop", "참나무 원목 스툴", "참나무 원목 스툴");
		addToCart("jeju-gamgyul", "노지 감귤", "노지 감귤 5kg");
		open("/cart");
		assertThat(browser.findElements(By.cssSelector(".cart-seller"))).hasSize(2);
		browser.findElement(By.linkText("주문하기")).click();

		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "주문/결제"));
		// The demo shopper's recent address is chosen already; only the card is typed.
		type(Map.of("cardNumber", "4242 4242 4242 4242", "cardExpiry", "12/30"));
		browser.findElement(By.cssSelector(".checkout-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "주문이 완료되었습니다"));
		String orderUrl = browser.getCurrentUrl().replaceAll("\\?.*", "");
		WebElement woodshop = shipmentOf("참나무 원목 스툴");
		String shipmentId = woodshop.getAttribute("id");
		assertThat(woodshop.findElement(By.cssSelector(".shipment-status")).getText()).contains("결제 완료");
		logOut();

		logIn("seller@example.com");
		open("/seller/orders?tab=NEW");
		clickIn(shipmentId, "button");
		open("/seller/orders?tab=PREPARING");
		WebElement card = browser.findElement(By.id(shipmentId));
		new Select(card.findElement(By.name("courier"))).selectByValue("CJ");
		card.findElement(By.name("trackingNumber")).sendKeys("6012 3456 7890");
		card.findElement(By.cssSelector(".ship-form button")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
		open("/seller/orders?tab=SHIPPED");
		clickIn(shipmentId, "button");
		logOut();

		logIn("shopper@example.com");
		browser.get(orderUrl);
		WebElement delivered = browser.findElement(By.id(shipmentId));
		assertThat(delivered.getText()).contains("CJ대한통운", "601234567890");
		delivered.findElement(By.cssSelector(".shipment-actions form button.button:not(.secondary)")).click();
		this.wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + shipmentId + " .review-link")));
		String reviewUrl = browser.findElement(By.cssSelector("#" + shipmentId + " .review-link")).getAttribute("href");
		// The confirmation reaches the catalog's reviews a moment after the page: a
		// shopper who
		// clicks at once may need one reload.
		this.wait.until((driver) -> {
			driver.get(reviewUrl);
			return !driver.findElements(By.cssSelector("label[for=rating-5]")).isEmpty();
		});
		browser.findElement(By.cssSelector("label[for=rating-5]")).click();
		type(Map.of("body", "참나무 결이 곱고 마감이 매끈합니다. 아이도 잘 앉아요."));
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));

		open("/stores/park-woodshop");
		browser.findElement(By.xpath(linkTo("참나무 원목 스툴"))).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "아이도 잘 앉아요"));
	}

	/**
	 * Finds the demo store's product by searching, as a shopper would. Other tests share
	 * the database and list products of the same name, so the result is told apart by its
	 * link, taken from the store's own page.
	 */
	private void addToCart(String storeSlug, String query, String productName) {
		open("/stores/" + storeSlug);
		String link = browser.findElement(By.xpath(linkTo(productName))).getAttribute("href");
		open("/products?q=" + query);
		browser.findElement(By.cssSelector("main a[href='" + link.replaceAll("^https?://[^/]+", "") + "']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), productName));
		browser.findElement(By.cssSelector(".buy-form button.secondary")).click();
		this.wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".buy-box .notice"), "장바구니에 담았습니다"));
	}

	private static String linkTo(String productName) {
		return "//main//a[.//*[normalize-space()='" + productName + "'] or normalize-space()='" + productName + "']";
	}

	private WebElement shipmentOf(String storeName) {
		var cards = browser.findElements(By.cssSelector(".shipment-card"));
		return cards.stream()
			.filter((card) -> card.getText().contains(storeName))
			.findFirst()
			.orElseThrow(() -> new AssertionError(
					"No shipment of " + storeName + " in " + cards.stream().map(WebElement::getText).toList()));
	}

	private void clickIn(String elementId, String selector) {
		browser.findElement(By.id(elementId)).findElement(By.cssSelector(selector)).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private void logIn(String email) {
		open("/login?lang=ko");
		type(Map.of("email", email, "password", "valuemall-demo"));
		browser.findElement(By.cssSelector("main form.form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".greeting")));
	}

	private void logOut() {
		browser.findElement(By.cssSelector(".account-menu form button")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("로그인")));
	}

	private static void type(Map<String, String> fields) {
		fields.forEach((id, value) -> {
			WebElement input = browser.findElement(By.id(id));
			input.clear();
			input.sendKeys(value);
		});
	}

}
