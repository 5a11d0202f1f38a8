package kr.valuemall.seller.centre;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.catalog.TestListings;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;
import kr.valuemall.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An approved seller edits the store at {@code /seller/store}, and the mall shows it: the
 * store page and product pages at once (they ask the seller module), search once
 * catalog's copy has followed the rename's event, and staff find the rename in the
 * store's audit trail.
 */
@IntegrationTest
class StoreProfileTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SellerApi sellers;

	@Autowired
	ApplicationContext context;

	@Test
	void aRenamedStoreShowsItsNewNameOnItsPagesInSearchAndInItsAuditTrail() throws Exception {
		// Words no other listing or store carries, so that search finds this store only.
		String word = "꿀벌" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		String oldWord = "HIVE" + ThreadLocalRandom.current()
			.ints(6, 'A', 'Z' + 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
		OpenStore shop = this.stores.open("평창 " + oldWord);
		long honey = TestListings.in(this.context).liveWithoutImage(shop.store(), "아카시아꿀 500g", 20_000);
		assertThat(page(get("/products").param("q", oldWord)).select("a[href=/products/" + honey + "]")).hasSize(1);

		this.mvc
			.perform(post("/seller/store").param("storeName", "오대산 " + word + " 농장")
				.param("introduction", "오대산 자락에서 아카시아꿀을 뜹니다.")
				.param("phone", "033-332-1234")
				.param("email", "honey@odaesan.example")
				.param("businessAddress", "강원특별자치도 평창군 진부면 오대산로 1")
				.param("region", "GANGWON")
				.with(user(shop.owner()))
				.with(csrf()))
			.andExpect(redirectedUrl("/seller/store"));

		StoreSummary renamed = this.sellers.store(shop.store().sellerId()).orElseThrow();
		assertThat(renamed.storeName()).isEqualTo("오대산 " + word + " 농장");
		assertThat(renamed.email()).isEqualTo("honey@odaesan.example");
		assertThat(renamed.region()).isEqualTo(Region.GANGWON);
		assertThat(renamed.slug()).isEqualTo(shop.store().slug());

		Document storePage = page(get("/stores/" + shop.store().slug()));
		assertThat(storePage.select("h1").text()).isEqualTo("오대산 " + word + " 농장");
		assertThat(storePage.select(".store-intro").text()).isEqualTo("오대산 자락에서 아카시아꿀을 뜹니다.");
		Document productPage = page(get("/products/" + honey));
		assertThat(productPage.select(".product-store").text()).isEqualTo("오대산 " + word + " 농장");
		assertThat(productPage.select(".seller-box").text()).contains("honey@odaesan.example", "033-332-1234",
				"강원특별자치도 평창군 진부면 오대산로 1");

		// Search reads catalog's copy, which follows the rename's event.
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !page(get("/products").param("q", word)).select("a[href=/products/" + honey + "]").isEmpty());
		assertThat(page(get("/products").param("q", oldWord)).select("a[href=/products/" + honey + "]")).isEmpty();

		MallUser staff = this.accounts.create("심사 담당", Role.ADMIN);
		Document review = page(get("/admin/sellers/" + shop.store().sellerId()).with(user(staff)));
		assertThat(review.select("tbody tr").eachText())
			.anySatisfy((row) -> assertThat(row).contains("상점 이름 변경", "평창 " + oldWord + " → 오대산 " + word + " 농장"));
	}

	@Test
	void aSellerOnlyEverEditsTheirOwnStoreAndAShopperNone() throws Exception {
		OpenStore mine = this.stores.open("내 공방");
		OpenStore theirs = this.stores.open("이웃 공방");
		this.mvc
			.perform(post("/seller/store").param("storeName", "바뀐 내 공방")
				.param("introduction", "소개")
				.param("phone", "02-123-4567")
				.param("email", "mine@example.com")
				.param("businessAddress", "서울특별시 중구 세종대로 110")
				.param("region", "SEOUL")
				// Whatever else the form carries names no store: the account decides.
				.param("sellerId", String.valueOf(theirs.store().sellerId()))
				.with(user(mine.owner()))
				.with(csrf()))
			.andExpect(redirectedUrl("/seller/store"));
		assertThat(this.sellers.store(mine.store().sellerId()).orElseThrow().storeName()).isEqualTo("바뀐 내 공방");
		assertThat(this.sellers.store(theirs.store().sellerId()).orElseThrow().storeName()).isEqualTo("이웃 공방");

		this.mvc.perform(get("/seller/store").with(user(this.accounts.create("구매자"))))
			.andExpect(status().isForbidden());
	}

	private Document page(RequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
