package kr.valuemall.catalog.recent;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import kr.valuemall.IntegrationTest;
import kr.valuemall.catalog.TestListings;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 최근 본 상품: kept in the browser's cookie, so a product view writes nothing to the
 * database; shown on /recent and on the home page.
 */
@IntegrationTest
class RecentlyViewedTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	ApplicationContext context;

	OpenStore shop;

	List<Long> products = new ArrayList<>();

	long unique;

	@BeforeEach
	void products() {
		this.unique = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
		this.shop = this.stores.open("최근 공방 " + this.unique);
		TestListings listings = TestListings.in(this.context);
		for (int i = 1; i <= 3; i++) {
			this.products
				.add(listings.liveWithoutImage(this.shop.store(), "최근 상품 " + i + " " + this.unique, 10_000 * i));
		}
	}

	@Test
	void productsOpenedAreListedNewestFirstFromTheBrowsersCookie() throws Exception {
		Cookie recent = null;
		for (long id : List.of(this.products.get(0), this.products.get(1), this.products.get(2),
				this.products.get(0))) {
			MockHttpServletResponse response = view(id, recent);
			recent = response.getCookie(RecentlyViewed.COOKIE);
			assertThat(recent.isHttpOnly()).isTrue();
		}
		assertThat(recent.getValue())
			.isEqualTo(this.products.get(0) + "-" + this.products.get(2) + "-" + this.products.get(1));

		Document page = page(get("/recent").cookie(recent));
		assertThat(page.select("h1").text()).isEqualTo("최근 본 상품");
		assertThat(page.select(".product-card .product-name").eachText()).containsExactly("최근 상품 1 " + this.unique,
				"최근 상품 3 " + this.unique, "최근 상품 2 " + this.unique);

		Document home = page(get("/").cookie(recent));
		assertThat(home.select(".recent-shelf .product-name").eachText()).startsWith("최근 상품 1 " + this.unique);
		assertThat(home.select(".recent-shelf a.more-link").attr("href")).isEqualTo("/recent");
	}

	@Test
	void aListingOffTheMallLeavesTheListAndAnEmptyListSaysWhatToDo() throws Exception {
		Cookie recent = new Cookie(RecentlyViewed.COOKIE, this.products.get(1) + "-" + this.products.get(0));
		TestListings.in(this.context).hold(this.products.get(1));
		assertThat(page(get("/recent").cookie(recent)).select(".product-card .product-name").eachText())
			.containsExactly("최근 상품 1 " + this.unique);

		MockHttpServletResponse cleared = this.mvc.perform(post("/recent/clear").cookie(recent).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(cleared.getCookie(RecentlyViewed.COOKIE).getMaxAge()).isZero();
		Document empty = page(get("/recent"));
		assertThat(empty.select(".empty-state h2").text()).isEqualTo("최근 본 상품이 없습니다");
		assertThat(empty.select(".empty-state a").attr("href")).isEqualTo("/products?sort=best");
	}

	@Test
	void aTamperedCookieIsReadForWhatItHoldsAndKeepsAtMostTwenty() {
		assertThat(RecentlyViewed.parse("12-abc--7-<script>-12-99999999999999999999")).containsExactly(12L, 7L);
		StringBuilder many = new StringBuilder();
		for (int i = 1; i <= 30; i++) {
			many.append(i).append('-');
		}
		assertThat(RecentlyViewed.parse(many.toString())).hasSize(20).startsWith(1L).endsWith(20L);
	}

	private MockHttpServletResponse view(long id, Cookie recent) throws Exception {
		var request = get("/products/" + id);
		if (recent != null) {
			request.cookie(recent);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private Document page(RequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
