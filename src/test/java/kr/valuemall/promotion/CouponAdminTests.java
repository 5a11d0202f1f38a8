package kr.valuemall.promotion;

import java.time.Clock;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Staff issue coupons: a code issued once, and a coupon switched off stops working. What
 * the form says about bad input is in {@code PromotionFormsSliceTests}.
 */
@IntegrationTest
class CouponAdminTests {

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Coupons coupons;

	@Test
	void staffIssueACouponAndSwitchItOff() throws Exception {
		MallUser staff = this.accounts.create("쿠폰담당", Role.ADMIN);
		String code = "SPRING" + System.nanoTime() % 100_000;
		assertThat(this.mvc
			.perform(issue(staff, code.toLowerCase(), "FIXED", "5,000", "30,000", "2026-01-01", "2099-12-31"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/admin/coupons");
		Coupon coupon = this.coupons.find(code).orElseThrow();
		assertThat(coupon.amount()).isEqualTo(5_000);
		assertThat(coupon.minimumOrder()).isEqualTo(30_000);
		assertThat(page(get("/admin/coupons").with(user(staff))).select("code").eachText()).contains(code);
		Document duplicate = page(issue(staff, code, "FIXED", "5000", "30000", "2026-01-01", "2099-12-31"));
		assertThat(duplicate.getElementById("code-error").text()).isEqualTo("이미 있는 쿠폰 번호입니다.");

		this.mvc.perform(post("/admin/coupons/" + coupon.id() + "/active").param("active", "false")
			.with(csrf())
			.with(user(staff)));
		assertThat(this.coupons.check(code, 1, 50_000, this.clock.instant()))
			.isInstanceOf(kr.valuemall.order.PriceOffers.CouponOutcome.Refused.class);
	}

	private MockHttpServletRequestBuilder issue(MallUser staff, String code, String kind, String amount, String minimum,
			String firstDay, String lastDay) {
		return post("/admin/coupons").with(csrf())
			.with(user(staff))
			.param("code", code)
			.param("kind", kind)
			.param("amount", amount)
			.param("percent", "")
			.param("maxDiscount", "")
			.param("minimumOrder", minimum)
			.param("firstDay", firstDay)
			.param("lastDay", lastDay)
			.param("perShopperLimit", "1")
			.param("totalLimit", "100")
			.param("active", "true");
	}

	private Document page(RequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
