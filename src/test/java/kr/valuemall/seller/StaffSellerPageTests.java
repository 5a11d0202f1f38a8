package kr.valuemall.seller;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.catalog.TestListings;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One seller's page for staff and the ministry: the store's details and history with its
 * figures from the modules that own them (sales, shipments, listings and reviews, origin,
 * statements); the ministry reads it without the decision forms or the documents.
 */
@IntegrationTest
class StaffSellerPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationContext context;

	@Test
	void staffAndTheMinistrySeeOneSellersFigures() throws Exception {
		OpenStore shop = this.stores.open("한눈에 공방");
		TestListings listings = TestListings.in(this.context);
		listings.live(shop.store(), "한눈에 도마", 20_000, 5, 0);
		long held = listings.live(shop.store(), "한눈에 쟁반", 30_000, 5, 0);
		listings.hold(held);
		long seller = shop.store().sellerId();

		MallUser admin = this.accounts.create("운영 담당", Role.ADMIN);
		Document page = page(admin, seller);
		assertThat(page.select(".staff-seller-panel h2").eachText()).containsExactly("최근 12개월 매출", "주문(배송 단위)",
				"상품과 리뷰", "원산지 검토", "정산서");
		assertThat(page.select(".seller-listings").text()).contains("판매 중 1", "검수 대기 1");
		assertThat(page.select(".store-suspension")).hasSize(1);

		MallUser ministry = this.accounts.create("부처 담당", Role.MINISTRY);
		Document read = page(ministry, seller);
		assertThat(read.select(".staff-seller-panel")).hasSize(5);
		assertThat(read.select(".store-suspension")).isEmpty();
		assertThat(read.select("a[href$=/document]")).isEmpty();
		this.mvc.perform(get("/admin/sellers/" + seller + "/document").with(user(ministry)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/sellers").with(user(ministry))).andExpect(status().isForbidden());
	}

	private Document page(MallUser who, long seller) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/admin/sellers/" + seller).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
