package kr.valuemall.order.cart;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.valuemall.IntegrationTest;
import kr.valuemall.TestCards;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.catalog.TestProducts;
import kr.valuemall.catalog.images.ProductImageRef;
import kr.valuemall.catalog.images.ProductImages;
import kr.valuemall.catalog.images.TestImages;
import kr.valuemall.order.ProductShelf;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The cart as a phone shopper uses it (issue 21): "add to cart" answering in place with
 * the count and the cart's lines, check boxes that choose what to order with the rest
 * kept in the cart, and the postcode search allowed by the checkout's policy only.
 */
@IntegrationTest
class ShopperCartPagesTests {

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
	ProductShelf shelf;

	@Autowired
	ProductImages images;

	@Test
	void addingInPlaceAnswersWithTheMessageTheNewCountAndWhatTheCartHolds() throws Exception {
		OpenStore shop = this.stores.open("제자리 공방");
		long stool = this.products.live(shop.store().sellerId(), "제자리 스툴", 59_000, 5, 3_000);
		MallUser shopper = this.accounts.create("나제자리", Role.SHOPPER);

		this.mvc
			.perform(post("/cart/items").param("productId", Long.toString(stool))
				.param("quantity", "2")
				.param("inPlace", "1")
				.with(csrf())
				.with(user(shopper)))
			.andExpect(jsonPath("$.added").value(true))
			.andExpect(jsonPath("$.message").value("장바구니에 담았습니다."))
			.andExpect(jsonPath("$.cartUrl").value("/cart"))
			.andExpect(jsonPath("$.cartCount").value(1))
			.andExpect(jsonPath("$.cartCountLabel").value("장바구니 1 개"))
			.andExpect(jsonPath("$.miniCart.lines[0].name").value("제자리 스툴"))
			.andExpect(jsonPath("$.miniCart.lines[0].quantity").value("2개"))
			.andExpect(jsonPath("$.miniCart.lines[0].amount").value("118,000원"))
			.andExpect(jsonPath("$.miniCart.total").value("121,000원"));

		this.mvc
			.perform(post("/cart/items").param("productId", Long.toString(stool))
				.param("quantity", "두 개")
				.param("inPlace", "1")
				.with(csrf())
				.with(user(shopper)))
			.andExpect(jsonPath("$.added").value(false))
			.andExpect(jsonPath("$.message").value("수량은 1 이상의 숫자로 입력해 주세요."))
			.andExpect(jsonPath("$.cartCount").value(1));
		assertThat(this.carts.lines(CartOwner.account(shopper.getId()))).extracting(CartLine::quantity)
			.containsExactly(2);

		// Without the script the post returns to the answer on the product page.
		this.mvc
			.perform(post("/cart/items").param("productId", Long.toString(stool))
				.param("quantity", "1")
				.with(csrf())
				.with(user(shopper)))
			.andExpect(redirectedUrl("/products/" + stool + "#cart-feedback"))
			.andExpect(flash().attribute("cartAdded", "cart.add.done"));
		Document product = page(get("/products/" + stool).with(user(shopper)));
		assertThat(product.select("form.buy-form[data-cart-add]")).hasSize(1);
		assertThat(product.getElementById("cart-feedback").select("[role=status]")).hasSize(1);
	}

	@Test
	void onlyTheTickedLinesAreOrderedAndTheOthersStayInTheCart() throws Exception {
		OpenStore woodshop = this.stores.open("선택 목공소");
		OpenStore farm = this.stores.open("선택 농원");
		long stool = this.products.live(woodshop.store().sellerId(), "선택 스툴", 59_000, 5, 3_000);
		long tangerines = this.products.live(farm.store().sellerId(), "선택 감귤", 24_000, 9, 4_000);
		MallUser shopper = this.accounts.create("고선택", Role.SHOPPER);
		CartOwner owner = CartOwner.account(shopper.getId());
		this.carts.add(owner, stool, 1).orElseThrow();
		this.carts.add(owner, tangerines, 2).orElseThrow();
		Map<Long, Long> skuOf = Map.of(stool, skuOf(owner, stool), tangerines, skuOf(owner, tangerines));

		Document cart = page(get("/cart").with(user(shopper)));
		assertThat(cart.select("input[name=sku][form=cart-checkout][checked]")).hasSize(2);
		assertThat(cart.select("form#cart-checkout[method=get][action=/checkout] input[name=selection]")).hasSize(1);
		assertThat(cart.select(".cart-summary .grand-total dd").text()).isEqualTo("114,000원");
		assertThat(cart.select(".selected-count").text()).isEqualTo("선택한 상품 2개");

		this.mvc.perform(get("/cart/summary").param("sku", skuOf.get(stool).toString()).with(user(shopper)))
			.andExpect(jsonPath("$.count").value(1))
			.andExpect(jsonPath("$.itemsTotal").value("59,000원"))
			.andExpect(jsonPath("$.shippingTotal").value("3,000원"))
			.andExpect(jsonPath("$.total").value("62,000원"))
			.andExpect(jsonPath("$.countLabel").value("선택한 상품 1개"));
		this.mvc.perform(get("/cart/summary").param("sku", "없는 번호").with(user(shopper)))
			.andExpect(jsonPath("$.count").value(0))
			.andExpect(jsonPath("$.total").value("0원"));

		this.mvc.perform(get("/checkout").param("selection", "1").with(user(shopper)))
			.andExpect(redirectedUrl("/cart"))
			.andExpect(flash().attribute("cartError", "cart.select.none"));

		Document form = page(
				get("/checkout").param("selection", "1").param("sku", skuOf.get(stool).toString()).with(user(shopper)));
		assertThat(form.select(".checkout-lines .line-name").eachText()).containsExactly("선택 스툴");
		assertThat(form.select(".cart-summary .grand-total dd").text()).isEqualTo("62,000원");
		assertThat(form.select("input[type=hidden][name=sku]").eachAttr("value"))
			.containsExactly(skuOf.get(stool).toString());
		String key = form.select("input[name=key]").val();

		MvcResult paid = this.mvc
			.perform(post("/checkout").with(csrf())
				.with(user(shopper))
				.param("selection", "1")
				.param("sku", skuOf.get(stool).toString())
				.param("key", key)
				.param("expectedTotal", "62000")
				.param("addressId", "")
				.param("recipient", "고선택")
				.param("phone", "01012345678")
				.param("postalCode", "30103")
				.param("address1", "세종특별자치시 가름로 180")
				.param("address2", "101동 1001호")
				.param("deliveryNote", "")
				.param("paymentMethod", "CARD")
				.param("cardNumber", "4242424242424242")
				.param("cardExpiry", TestCards.EXPIRY))
			.andReturn();
		String location = paid.getResponse().getRedirectedUrl();
		assertThat(location).matches("/orders/\\d{8}-\\d{6}/complete");

		Document complete = page(get(location).with(user(shopper)));
		assertThat(complete.select(".order-line .line-name").eachText()).containsExactly("선택 스툴");
		assertThat(complete.select(".order-total").text()).isEqualTo("62,000원");
		assertThat(this.carts.lines(owner)).extracting(CartLine::productId)
			.as("the line left out stays in the cart")
			.containsExactly(tangerines);
	}

	@Test
	void theCartPageShowsTheListingsPictureWhichPricingAndBuyingDoNotRead() throws Exception {
		OpenStore shop = this.stores.open("사진 공방");
		long vase = this.products.live(shop.store().sellerId(), "사진 화병", 35_000, 5, 3_000);
		ProductImageRef picture = this.images.store(vase, List.of(new MockMultipartFile("images", "vase.jpg",
				"image/jpeg", TestImages.jpeg(TestImages.picture(300, 300)))))
			.get(0);
		MallUser shopper = this.accounts.create("한사진", Role.SHOPPER);
		CartOwner owner = CartOwner.account(shopper.getId());
		this.carts.add(owner, vase, 1).orElseThrow();
		long sku = skuOf(owner, vase);

		Document cart = page(get("/cart").with(user(shopper)));
		assertThat(cart.select("img[src=" + picture.thumbnail().url() + "]")).hasSize(1);
		assertThat(this.shelf.findSkusWithPictures(List.of(sku)).get(sku).imageUrl())
			.isEqualTo(picture.thumbnail().url());
		// A checkout prices and takes the same SKU three times; none of them shows it.
		assertThat(this.shelf.findSkus(List.of(sku)).get(sku).imageUrl()).isNull();
		assertThat(this.shelf.find(List.of(vase)).get(vase).imageUrl()).isNull();
	}

	@Test
	void theCheckoutOffersThePostcodeSearchAndOnlyItsPolicyAllowsKakaosScript() throws Exception {
		OpenStore shop = this.stores.open("우편번호 공방");
		long stool = this.products.live(shop.store().sellerId(), "우편번호 스툴", 59_000, 5, 3_000);
		MallUser shopper = this.accounts.create("우편번", Role.SHOPPER);
		this.carts.add(CartOwner.account(shopper.getId()), stool, 1).orElseThrow();

		MockHttpServletResponse checkout = this.mvc.perform(get("/checkout").with(user(shopper)))
			.andReturn()
			.getResponse();
		Document page = Jsoup.parse(checkout.getContentAsString());
		assertThat(page.select("button[data-postcode-search]").text()).isEqualTo("우편번호 찾기");
		assertThat(page.select("button[data-postcode-search]").attr("type")).isEqualTo("button");
		// Shown by the script only; the typed fields stay the way to give an address.
		assertThat(page.select("button[data-postcode-search]").hasAttr("hidden")).isTrue();
		assertThat(page.getElementById("postalCode")).isNotNull();
		assertThat(page.getElementById("address1")).isNotNull();
		List<String> buttons = page.select(".checkout-form button").eachAttr("class");
		assertThat(buttons.get(buttons.size() - 1)).as("the pay button comes last").contains("pay-button");
		assertThat(checkout.getHeader("Content-Security-Policy")).contains("script-src 'self' https://t1.daumcdn.net;",
				"frame-src https://postcode.map.daum.net https://postcode.map.kakao.com;");

		String cartPolicy = this.mvc.perform(get("/cart").with(user(shopper)))
			.andReturn()
			.getResponse()
			.getHeader("Content-Security-Policy");
		assertThat(cartPolicy).contains("script-src 'self';").doesNotContain("daumcdn", "frame-src");
	}

	private long skuOf(CartOwner owner, long productId) {
		return this.carts.lines(owner)
			.stream()
			.filter((line) -> line.productId() == productId)
			.findFirst()
			.orElseThrow()
			.skuId();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

}
