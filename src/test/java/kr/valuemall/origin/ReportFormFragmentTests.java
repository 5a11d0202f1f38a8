package kr.valuemall.origin;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.catalog.TestProducts;
import kr.valuemall.seller.TestStores;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report form on a live product's page, for a signed-in shopper: it posts to the
 * report endpoint with its CSRF token, in the shopper's language.
 */
@IntegrationTest
class ReportFormFragmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	TestProducts products;

	@Autowired
	TestAccounts accounts;

	@Test
	void theFragmentPostsTheReasonWithItsCsrfToken() throws Exception {
		long seller = this.stores.open("신고폼 공방").store().sellerId();
		long listing = this.products.live(seller, "신고폼 원목 스툴", 59_000, 3, 3_000);
		MallUser shopper = this.accounts.create("신고자");
		this.mvc.perform(get("/products/" + listing).with(user(shopper)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("action=\"/products/" + listing + "/import-reports\""),
					containsString("name=\"_csrf\""), containsString("name=\"reason\""), containsString("수입품 신고"))));
		this.mvc.perform(get("/products/" + listing + "?lang=en").with(user(shopper)))
			.andExpect(content().string(containsString("Report as imported")));
	}

	@Test
	void aVisitorNotSignedInIsAskedToSignInInsteadOfShownAFormThatWouldLoseTheReason() throws Exception {
		long seller = this.stores.open("신고폼 방문 공방").store().sellerId();
		long listing = this.products.live(seller, "신고폼 대나무 채반", 19_000, 3, 3_000);
		this.mvc.perform(get("/products/" + listing))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("import-report-form")),
					not(containsString("/products/" + listing + "/import-reports")), containsString("로그인하고 신고하기"))));
	}

}
