package kr.valuemall.catalog.wishlist;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.catalog.TestListings;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 찜: the heart on product pages and cards, the list at /wishlist, and what happens to a
 * kept listing that leaves the mall.
 */
@IntegrationTest
class WishlistTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationContext context;

	OpenStore shop;

	long chair;

	long table;

	MallUser shopper;

	@BeforeEach
	void products() {
		long unique = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
		this.shop = this.stores.open("찜 공방 " + unique);
		TestListings listings = TestListings.in(this.context);
		this.chair = listings.live(this.shop.store(), "물푸레 의자 " + unique, 59_000, 5, 3_000);
		this.table = listings.liveWithoutImage(this.shop.store(), "호두나무 탁자 " + unique, 240_000);
		this.shopper = this.accounts.create("김찜");
	}

	@Test
	void theHeartKeepsAProductAndTheListShowsIt() throws Exception {
		Document before = page(get("/products/" + this.chair).with(user(this.shopper)));
		assertThat(before.select(".buy-box .wish-button").attr("aria-pressed")).isEqualTo("false");
		assertThat(before.select(".buy-box form.wish-form").attr("action")).isEqualTo("/wishlist/items");

		this.mvc
			.perform(post("/wishlist/items").param("productId", String.valueOf(this.chair))
				.header("Referer", "http://localhost/products?q=%EC%9D%98%EC%9E%90")
				.with(user(this.shopper))
				.with(csrf()))
			.andExpect(redirectedUrl("/products?q=%EC%9D%98%EC%9E%90"))
			.andExpect(flash().attribute("notice", "wishlist.added"));

		Document after = page(get("/products/" + this.chair).with(user(this.shopper)));
		assertThat(after.select(".buy-box .wish-button").attr("aria-pressed")).isEqualTo("true");
		assertThat(after.select(".buy-box form.wish-form").attr("action"))
			.isEqualTo("/wishlist/items/" + this.chair + "/remove");

		Document list = page(get("/wishlist").with(user(this.shopper)));
		assertThat(list.select("h1").text()).isEqualTo("찜한 상품");
		assertThat(list.select(".product-card .product-name").eachText()).singleElement()
			.asString()
			.startsWith("물푸레 의자");
		assertThat(list.select(".product-card .wish-button").attr("aria-pressed")).isEqualTo("true");
		assertThat(list.select("main .hint").text()).contains("찜한 상품 1개");
		assertThat(list.select(".wishlist-link").attr("href")).isEqualTo("/wishlist");

		// Another shopper's list is their own.
		MallUser other = this.accounts.create("이다른");
		assertThat(page(get("/wishlist").with(user(other))).select(".product-card")).isEmpty();

		this.mvc.perform(post("/wishlist/items/" + this.chair + "/remove").with(user(this.shopper)).with(csrf()))
			.andExpect(redirectedUrl("/products/" + this.chair))
			.andExpect(flash().attribute("notice", "wishlist.removed"));
		Document empty = page(get("/wishlist").with(user(this.shopper)));
		assertThat(empty.select(".empty-state h2").text()).isEqualTo("아직 찜한 상품이 없습니다");
	}

	@Test
	void inTheBackgroundTheHeartAnswersWithItsNewState() throws Exception {
		this.mvc
			.perform(post("/wishlist/items").param("productId", String.valueOf(this.table))
				.header("X-Requested-With", "fetch")
				.accept("application/json")
				.with(user(this.shopper))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.wished").value(true))
			.andExpect(jsonPath("$.count").value(1));
		// Twice is still once.
		this.mvc
			.perform(post("/wishlist/items").param("productId", String.valueOf(this.table))
				.header("X-Requested-With", "fetch")
				.with(user(this.shopper))
				.with(csrf()))
			.andExpect(jsonPath("$.count").value(1));
		this.mvc
			.perform(post("/wishlist/items/" + this.table + "/remove").header("X-Requested-With", "fetch")
				.with(user(this.shopper))
				.with(csrf()))
			.andExpect(jsonPath("$.wished").value(false))
			.andExpect(jsonPath("$.count").value(0));
		this.mvc
			.perform(post("/wishlist/items").param("productId", "999999999")
				.header("X-Requested-With", "fetch")
				.with(user(this.shopper))
				.with(csrf()))
			.andExpect(status().isNotFound());
		// Without the token nothing is kept.
		this.mvc
			.perform(post("/wishlist/items").param("productId", String.valueOf(this.table))
				.header("X-Requested-With", "fetch")
				.with(user(this.shopper)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aKeptListingTakenOffSaleIsShownAsUnavailableNotBroken() throws Exception {
		add(this.chair);
		add(this.table);
		TestListings.in(this.context).hold(this.table);

		Document list = page(get("/wishlist").with(user(this.shopper)));
		assertThat(list.select(".product-card")).hasSize(1);
		assertThat(list.select(".unavailable-item .unavailable-name").text()).startsWith("호두나무 탁자");
		assertThat(list.select(".unavailable-item .status-chip").text()).isEqualTo("판매 중지");
		assertThat(list.select(".unavailable-item a")).isEmpty();
		assertThat(list.select(".unavailable-item button").text()).isEqualTo("찜 해제");

		// A listing off the mall cannot be added.
		this.mvc
			.perform(post("/wishlist/items").param("productId", String.valueOf(this.table))
				.with(user(this.accounts.create("박늦음")))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aVisitorIsAskedToSignInAndComesBackToAddTheProduct() throws Exception {
		Document product = page(get("/products/" + this.chair));
		assertThat(product.select(".buy-box form.wish-form")).isEmpty();
		assertThat(product.select(".buy-box a.wish-button").attr("href"))
			.isEqualTo("/wishlist/add?product=" + this.chair);
		assertThat(product.select(".buy-box a.wish-button .visually-hidden").text()).contains("로그인 필요");

		this.mvc.perform(get("/wishlist/add").param("product", String.valueOf(this.chair)))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/wishlist")).andExpect(redirectedUrl("/login"));

		Document confirm = page(
				get("/wishlist/add").param("product", String.valueOf(this.chair)).with(user(this.shopper)));
		assertThat(confirm.select("main p").first().text()).contains("물푸레 의자").contains("찜한 상품에 담을까요?");
		this.mvc
			.perform(post("/wishlist/items").param("productId", String.valueOf(this.chair))
				.header("Referer", "http://localhost/wishlist/add?product=" + this.chair)
				.with(user(this.shopper))
				.with(csrf()))
			.andExpect(redirectedUrl("/products/" + this.chair));
		this.mvc.perform(get("/wishlist/add").param("product", String.valueOf(this.chair)).with(user(this.shopper)))
			.andExpect(redirectedUrl("/products/" + this.chair));
	}

	@Test
	void theWayBackStaysOnThisSite() {
		assertThat(WishlistController.backTo("https://evil.example/steal", "localhost", 7)).isEqualTo("/products/7");
		assertThat(WishlistController.backTo("//evil.example/x", "localhost", 7)).isEqualTo("/products/7");
		assertThat(WishlistController.backTo("http://localhost/stores/a?page=2", "localhost", 7))
			.isEqualTo("/stores/a?page=2");
		assertThat(WishlistController.backTo(null, "localhost", 7)).isEqualTo("/products/7");
		assertThat(WishlistController.backTo("not a uri", "localhost", 7)).isEqualTo("/products/7");
	}

	@Test
	void cardsCarryTheHeartWithTheProductsName() throws Exception {
		add(this.chair);
		Document store = page(get("/stores/" + this.shop.store().slug()).with(user(this.shopper)));
		assertThat(store.select(".product-card .wish-button[aria-pressed=true] .visually-hidden").text())
			.startsWith("물푸레 의자")
			.endsWith("찜하기");
		assertThat(store.select(".product-card .wish-button[aria-pressed=false] .visually-hidden").text())
			.startsWith("호두나무 탁자");
	}

	private void add(long productId) throws Exception {
		this.mvc
			.perform(post("/wishlist/items").param("productId", String.valueOf(productId))
				.with(user(this.shopper))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private Document page(RequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
