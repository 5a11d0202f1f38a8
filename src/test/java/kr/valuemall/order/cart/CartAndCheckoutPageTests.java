package kr.valuemall.order.cart;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.valuemall.IntegrationTest;
import kr.valuemall.TestCards;
import kr.valuemall.account.AccountApi;
import kr.valuemall.account.ConsentKind;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.catalog.TestProducts;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The cart and checkout pages as a shopper meets them: a visitor's cart kept in a cookie
 * and joined to the account at sign-in, Korean messages for every bad input with nothing
 * typed lost, a declined card that keeps the cart, and one order for a form sent twice.
 */
@IntegrationTest
class CartAndCheckoutPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestStores stores;

	@Autowired
	TestProducts products;

	@Autowired
	Carts carts;

	@Autowired
	AccountApi accountApi;

	@Test
	void aVisitorsCartIsKeptInACookieAndJoinsTheAccountAtSignIn() throws Exception {
		OpenStore shop = this.stores.open("쿠키 공방");
		long stool = this.products.live(shop.store().sellerId(), "쿠키 스툴", 59_000, 5, 3_000);

		MockHttpServletResponse added = this.mvc
			.perform(post("/cart/items").param("productId", Long.toString(stool)).param("quantity", "2").with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(added.getRedirectedUrl()).isEqualTo("/products/" + stool + "#cart-feedback");
		Cookie cart = added.getCookie(CartCookie.NAME);
		assertThat(cart).isNotNull();
		assertThat(added.getHeader("Set-Cookie")).contains("HttpOnly", "SameSite=Lax");

		Document visitorCart = page(get("/cart").cookie(cart));
		assertThat(visitorCart.select(".cart-item-name").text()).isEqualTo("쿠키 스툴");
		assertThat(visitorCart.select(".cart-link .badge").text()).isEqualTo("1");
		assertThat(visitorCart.select(".grand-total dd").text()).isEqualTo("121,000원");

		MallUser shopper = this.accounts.create("김쿠키", Role.SHOPPER);
		Document signedIn = page(get("/cart").cookie(cart).with(user(shopper)));
		assertThat(signedIn.select(".cart-item-name").text()).isEqualTo("쿠키 스툴");
		assertThat(this.carts.lines(CartOwner.account(shopper.getId()))).extracting(CartLine::quantity)
			.containsExactly(2);
	}

	@Test
	void addingMoreThanTheStockAddsWhatIsLeftAndSaysSo() throws Exception {
		OpenStore shop = this.stores.open("재고 공방");
		long stool = this.products.live(shop.store().sellerId(), "재고 스툴", 59_000, 2, 3_000);
		MallUser shopper = this.accounts.create("이재고", Role.SHOPPER);

		MvcResult result = this.mvc
			.perform(post("/cart/items").param("productId", Long.toString(stool))
				.param("quantity", "5")
				.with(csrf())
				.with(user(shopper)))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/products/" + stool + "#cart-feedback");
		assertThat(result.getFlashMap().get("cartAdded")).isEqualTo("cart.add.limited");
		assertThat(this.carts.lines(CartOwner.account(shopper.getId()))).extracting(CartLine::quantity)
			.containsExactly(2);

		MockHttpServletResponse bad = this.mvc
			.perform(post("/cart/items").param("productId", Long.toString(stool))
				.param("quantity", "두 개")
				.with(csrf())
				.with(user(shopper)))
			.andReturn()
			.getResponse();
		assertThat(bad.getRedirectedUrl()).isEqualTo("/products/" + stool + "#cart-feedback");
	}

	@Test
	void theCheckoutFormSaysWhatIsWrongInKoreanAndKeepsWhatWasTyped() throws Exception {
		MallUser shopper = shopperWithCart("검증 공방");
		Document form = page(get("/checkout").with(user(shopper)));
		String key = form.select("input[name=key]").val();
		String total = form.select("input[name=expectedTotal]").val();
		assertThat(total).isEqualTo("62000");

		Document refused = page(post("/checkout").with(csrf())
			.with(user(shopper))
			.param("key", key)
			.param("expectedTotal", total)
			.param("addressId", "")
			.param("recipient", "김가치")
			.param("phone", "010-12")
			.param("postalCode", "3010")
			.param("address1", "")
			.param("address2", "101호")
			.param("paymentMethod", "CARD")
			.param("cardNumber", "4242 4242 4242 4241")
			.param("cardExpiry", "13/29"));
		assertThat(refused.getElementById("phone-error").text()).contains("010-1234-5678");
		assertThat(refused.getElementById("postalCode-error").text()).contains("5자리");
		assertThat(refused.getElementById("address1-error").text()).contains("주소를 입력");
		assertThat(refused.getElementById("cardNumber-error").text()).contains("올바르지 않습니다");
		assertThat(refused.getElementById("cardExpiry-error").text()).contains("12/29");
		assertThat(refused.getElementById("recipient").val()).isEqualTo("김가치");
		assertThat(refused.getElementById("address2").val()).isEqualTo("101호");
		// A card number is never sent back to the page, even a wrong one.
		assertThat(refused.getElementById("cardNumber").val()).isEmpty();
		assertThat(refused.html()).doesNotContain("4242 4242 4242 4241");
		assertThat(refused.select("input[name=key]").val()).isEqualTo(key);
		assertThat(this.carts.lines(CartOwner.account(shopper.getId()))).hasSize(1);
	}

	@Test
	void aDeclinedCardShowsWhyKeepsTheCartAndTheAddressAndGivesTheFormANewKey() throws Exception {
		MallUser shopper = shopperWithCart("거절 페이지 공방");
		Document form = page(get("/checkout").with(user(shopper)));
		String key = form.select("input[name=key]").val();

		Document declined = page(checkout(shopper, key, "62000", "4000 0000 0000 0002"));

		assertThat(declined.select(".alert").text()).contains("카드사에서 결제를 승인하지 않았습니다");
		assertThat(declined.getElementById("recipient").val()).isEqualTo("김가치");
		assertThat(declined.getElementById("cardNumber").val()).isEmpty();
		assertThat(declined.select("input[name=key]").val()).isNotEqualTo(key);
		assertThat(this.carts.lines(CartOwner.account(shopper.getId()))).hasSize(1);
	}

	@Test
	void aPaidCheckoutGoesToItsOrderAndTheSameFormSentAgainGoesToTheSameOrder() throws Exception {
		MallUser shopper = shopperWithCart("결제 페이지 공방");
		Document form = page(get("/checkout").with(user(shopper)));
		String key = form.select("input[name=key]").val();
		// Who receives the delivery details is shown before paying (개인정보 제3자 제공).
		assertThat(form.select(".third-party-provision .provision-sellers").text()).isEqualTo("결제 페이지 공방");
		assertThat(this.accountApi.consents(shopper.getId()))
			.noneMatch((consent) -> consent.kind() == ConsentKind.THIRD_PARTY_PROVISION);

		String first = this.mvc.perform(checkout(shopper, key, "62000", "4242424242424242"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String again = this.mvc.perform(checkout(shopper, key, "62000", "4242424242424242"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(first).matches("/orders/\\d{8}-\\d{6}/complete");
		assertThat(again).isEqualTo(first);
		assertThat(this.accountApi.consents(shopper.getId()))
			.anySatisfy((consent) -> assertThat(consent.kind()).isEqualTo(ConsentKind.THIRD_PARTY_PROVISION));
		assertThat(this.mvc.perform(get("/checkout").with(user(shopper))).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/cart");
	}

	@Test
	void checkoutAsksAVisitorToSignIn() throws Exception {
		assertThat(this.mvc.perform(get("/checkout")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
	}

	private MallUser shopperWithCart(String storeName) {
		OpenStore shop = this.stores.open(storeName);
		long stool = this.products.live(shop.store().sellerId(), storeName + " 스툴", 59_000, 5, 3_000);
		MallUser shopper = this.accounts.create("박페이지", Role.SHOPPER);
		this.carts.add(CartOwner.account(shopper.getId()), stool, 1).orElseThrow();
		return shopper;
	}

	private MockHttpServletRequestBuilder checkout(MallUser shopper, String key, String total, String card) {
		return post("/checkout").with(csrf())
			.with(user(shopper))
			.param("key", key)
			.param("expectedTotal", total)
			.param("addressId", "")
			.param("recipient", "김가치")
			.param("phone", "01012345678")
			.param("postalCode", "30103")
			.param("address1", "세종특별자치시 가름로 180")
			.param("address2", "101동 1001호")
			.param("deliveryNote", "")
			.param("paymentMethod", "CARD")
			.param("cardNumber", card)
			.param("cardExpiry", TestCards.EXPIRY);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	static UUID key() {
		return UUID.randomUUID();
	}

}
