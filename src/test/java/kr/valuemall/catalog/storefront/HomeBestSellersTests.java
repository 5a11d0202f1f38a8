package kr.valuemall.catalog.storefront;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import kr.valuemall.catalog.TestProducts;

@IntegrationTest
class HomeBestSellersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	TestProducts products;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theHomePageShowsLiveBestSellersByUnitsSoldAndNeverAHiddenOne() throws Exception {
		OpenStore shop = this.stores.open("베스트 공방");
		long second = this.products.live(shop.store().sellerId(), "두 번째로 많이 팔린 도마", 30_000, 5, 0);
		long first = this.products.live(shop.store().sellerId(), "가장 많이 팔린 도마", 30_000, 5, 0);
		long held = this.products.live(shop.store().sellerId(), "보류된 인기 도마", 30_000, 5, 0);
		this.jdbc.update("UPDATE product SET sales_count = 900001 WHERE id = ?", second);
		this.jdbc.update("UPDATE product SET sales_count = 900002 WHERE id = ?", first);
		this.jdbc.update("UPDATE product SET sales_count = 900003, status = 'HELD' WHERE id = ?", held);

		var home = Jsoup.parse(this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString());

		assertThat(home.select(".best-sellers .product-name").eachText()).startsWith("가장 많이 팔린 도마", "두 번째로 많이 팔린 도마");
		assertThat(home.select(".best-sellers").text()).doesNotContain("보류된 인기 도마");
	}

}
