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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import kr.valuemall.FullStackTest;
import kr.valuemall.TestCards;

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
		browser.findElement(By.cssSelector("#cart-checkout button")).click();

		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "주문/결제"));
		// The demo shopper's recent address is chosen already; only the card is typed.
		type(Map.of("cardNumber", "4242 4242 4242 4242", "cardExpiry", TestCards.EXPIRY));
		browser.findElement(By.cssSelector(".checkout-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "주문이 완료되었습니다"));
		// The completion page, then the order's own page with a shipment per seller.
		String orderUrl = browser.getCurrentUrl().replaceAll("/complete$", "");
		browser.findElement(By.cssSelector("a.order-detail-link")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".shipment-card")));
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
	 * The same shop on a 390 px phone, as the outside audit walked it: the first products
	 * on the first screen, the sort applied as soon as it is chosen, "add to cart"
	 * answering beside the button without reloading (with the mini cart on a wide
	 * screen), only the ticked cart lines ordered, a typed address accepted with the
	 * postcode search unreachable, and a completion page at the end.
	 */
	@Test
	void onAPhoneResultsShowAtOnceAddingStaysInPlaceAndOnlyTickedLinesAreOrdered() {
		this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		browser.manage().window().setSize(new Dimension(390, 844));
		logIn("shopper@example.com");
		emptyCart();

		open("/products?category=furniture-interior");
		assertThat(browser.findElements(By.cssSelector(".breadcrumb a")).stream().map(WebElement::getText))
			.containsExactly("홈", "가구/인테리어");
		WebElement firstCard = browser.findElement(By.cssSelector(".product-grid .product-card"));
		assertThat(top(firstCard)).as("the first product starts on the first screen")
			.isLessThan(viewportHeight() - 150);
		assertThat(browser.findElement(By.cssSelector(".search-filters input[name=minPrice]")).isDisplayed())
			.as("filters wait behind one button")
			.isFalse();
		new Select(browser.findElement(By.id("sort"))).selectByValue("price-asc");
		this.wait.until(ExpectedConditions.urlContains("sort=price-asc"));
		browser.findElement(By.cssSelector(".filter-panel summary")).click();
		assertThat(browser.findElement(By.cssSelector(".search-filters input[name=minPrice]")).isDisplayed()).isTrue();

		String stoolUrl = productUrl("park-woodshop", "참나무 원목 스툴");
		browser.get(stoolUrl);
		assertThat(browser.findElements(By.cssSelector(".breadcrumb a")).stream().map(WebElement::getText))
			.containsExactly("홈", "가구/인테리어", "의자/스툴", "참나무 원목 스툴");
		browser.findElement(By.cssSelector(".buy-form button.secondary")).click();
		WebElement notice = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#cart-feedback .notice")));
		assertThat(notice.getText()).contains("장바구니에 담았습니다");
		assertThat(browser.getCurrentUrl()).as("no reload").isEqualTo(stoolUrl);
		// The page scrolls the answer into view smoothly: on a busy machine the scroll
		// may
		// still be under way when the answer appears.
		this.wait.until((driver) -> bottom(notice) <= viewportHeight());
		assertThat(bottom(notice)).as("the answer is on screen").isLessThanOrEqualTo(viewportHeight());
		assertThat(top(notice)).isGreaterThanOrEqualTo(0);
		assertThat(browser.findElement(By.cssSelector(".cart-link .badge")).getText()).isEqualTo("1");
		assertThat(browser.findElement(By.cssSelector(".cart-link")).getAttribute("aria-label"))
			.as("what a screen reader says of the header's cart link")
			.isEqualTo("장바구니 1 개");
		assertThat(browser.findElements(By.cssSelector("#mini-cart")).stream().filter(WebElement::isDisplayed))
			.as("no mini cart on a phone")
			.isEmpty();

		browser.manage().window().setSize(new Dimension(1280, 900));
		browser.get(productUrl("jeju-gamgyul", "노지 감귤 5kg"));
		browser.findElement(By.cssSelector(".buy-form button.secondary")).click();
		WebElement miniCart = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mini-cart")));
		assertThat(miniCart.getText()).contains("참나무 원목 스툴", "노지 감귤 5kg", "결제 예정 금액");
		assertThat(browser.findElement(By.cssSelector(".cart-link .badge")).getText()).isEqualTo("2");
		browser.manage().window().setSize(new Dimension(390, 844));

		open("/cart");
		String bothTotal = browser.findElement(By.cssSelector(".cart-summary .grand-total dd")).getText();
		cartItem("노지 감귤 5kg").findElement(By.cssSelector(".cart-pick input")).click();
		this.wait.until((driver) -> !driver.findElement(By.cssSelector(".cart-summary .grand-total dd"))
			.getText()
			.equals(bothTotal));
		assertThat(browser.findElement(By.cssSelector(".selected-count")).getText()).isEqualTo("선택한 상품 1개");
		String stoolTotal = browser.findElement(By.cssSelector(".cart-summary .grand-total dd")).getText();
		browser.findElement(By.cssSelector("#cart-checkout button")).click();

		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "주문/결제"));
		assertThat(browser.findElement(By.cssSelector(".cart-summary .grand-total dd")).getText())
			.isEqualTo(stoolTotal);
		assertThat(browser.findElement(By.cssSelector(".checkout-lines")).getText()).contains("참나무 원목 스툴")
			.doesNotContain("노지 감귤");
		WebElement postcode = browser.findElement(By.cssSelector("[data-postcode-search]"));
		assertThat(postcode.isDisplayed()).isTrue();
		postcode.click();
		// This machine has no internet: the service cannot load, and the page says to
		// type.
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("postcode-problem")));
		browser.findElement(By.cssSelector("input[name=addressId][value='']")).click();
		type(Map.of("recipient", "김민지", "phone", "010-2345-6789", "postalCode", "06236", "address1",
				"서울특별시 강남구 테헤란로 152", "address2", "12층", "cardNumber", "4242 4242 4242 4242", "cardExpiry",
				TestCards.EXPIRY));
		WebElement pay = browser.findElement(By.cssSelector(".checkout-form .pay-button"));
		List<WebElement> submits = browser.findElements(By.cssSelector(".checkout-form button"));
		assertThat(submits.get(submits.size() - 1)).as("the pay button comes last").isEqualTo(pay);
		pay.click();

		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "주문이 완료되었습니다"));
		assertThat(browser.getCurrentUrl()).endsWith("/complete");
		assertThat(browser.findElements(By.cssSelector(".order-line .line-name")).stream().map(WebElement::getText))
			.containsExactly("참나무 원목 스툴");
		assertThat(browser.findElement(By.cssSelector(".address-summary")).getText()).contains("테헤란로 152");
		browser.navigate().refresh();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "주문이 완료되었습니다"));
		browser.findElement(By.cssSelector("a.order-detail-link")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".stepper")));
		assertThat(browser.findElement(By.cssSelector(".stepper [aria-current=step]")).getText()).contains("결제완료");

		open("/cart");
		assertThat(browser.findElements(By.cssSelector(".cart-item-name")).stream().map(WebElement::getText))
			.as("the line left out stays in the cart")
			.containsExactly("노지 감귤 5kg");
		emptyCart();
		logOut();
	}

	private void emptyCart() {
		open("/cart");
		while (!browser.findElements(By.cssSelector(".cart-item form[action$='/delete'] button")).isEmpty()) {
			WebElement remove = browser.findElement(By.cssSelector(".cart-item form[action$='/delete'] button"));
			remove.click();
			this.wait.until(ExpectedConditions.stalenessOf(remove));
		}
	}

	private WebElement cartItem(String name) {
		return browser.findElements(By.cssSelector(".cart-item"))
			.stream()
			.filter((item) -> item.getText().contains(name))
			.findFirst()
			.orElseThrow();
	}

	private String productUrl(String storeSlug, String productName) {
		open("/stores/" + storeSlug);
		return browser.findElement(By.xpath(linkTo(productName))).getAttribute("href");
	}

	private static double top(WebElement element) {
		return ((Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].getBoundingClientRect().top",
				element))
			.doubleValue();
	}

	private static double bottom(WebElement element) {
		return ((Number) ((JavascriptExecutor) browser)
			.executeScript("return arguments[0].getBoundingClientRect().bottom", element)).doubleValue();
	}

	private static double viewportHeight() {
		return ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerHeight")).doubleValue();
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
