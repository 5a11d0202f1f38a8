package kr.valuemall.promotion;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import kr.valuemall.RenderedPage;
import kr.valuemall.WebSliceTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The staff forms for campaigns and coupons: Korean messages for what is wrong, nothing
 * typed lost, nothing created. Campaigns and coupons are mocks here;
 * {@code CampaignPagesTests} and {@code CouponAdminTests} create real ones.
 */
@WebSliceTest
class PromotionFormsSliceTests {

	private static final MallUser STAFF = TestUsers.admin();

	@Autowired
	MockMvc mvc;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Coupons coupons;

	@Test
	void staffAreToldInKoreanWhatIsWrongWithACampaignAndNothingTypedIsLost() throws Exception {
		Document refused = page(campaignForm("/admin/campaigns/new", "", "Bad Slug!", "2026-12-10", "2026-12-01", "95")
			.with(user(STAFF)));
		assertThat(refused.getElementById("name-error").text()).isEqualTo("기획전 이름을 입력해 주세요.");
		assertThat(refused.getElementById("slug-error").text()).contains("영문 소문자");
		assertThat(refused.getElementById("lastDay-error").text()).contains("시작일과 같거나 뒤");
		assertThat(refused.getElementById("maxDiscountPercent-error").text()).isNotBlank();
		assertThat(refused.getElementById("slug").val()).isEqualTo("Bad Slug!");
		assertThat(refused.getElementById("firstDay").val()).isEqualTo("2026-12-10");
		then(this.campaigns).should(never()).create(any(), any());
	}

	@Test
	void staffAreToldInKoreanWhatIsWrongWithACouponAndNothingTypedIsLost() throws Exception {
		Document refused = page(issue(STAFF, "bad code!", "FIXED", "5000", "3000", "2026-12-31", "2026-12-01"));
		assertThat(refused.getElementById("code-error").text()).contains("영문 대문자");
		assertThat(refused.getElementById("minimumOrder-error").text()).isEqualTo("최소 주문 금액은 할인 금액보다 커야 합니다.");
		assertThat(refused.getElementById("lastDay-error").text()).contains("시작일과 같거나 뒤");
		assertThat(refused.getElementById("amount").val()).isEqualTo("5000");
		then(this.coupons).should(never()).issue(any());
	}

	private static MockMultipartHttpServletRequestBuilder campaignForm(String path, String name, String slug,
			String firstDay, String lastDay, String percent) {
		MockMultipartHttpServletRequestBuilder request = multipart(path);
		request.param("name", name)
			.param("slug", slug)
			.param("headline", "전국 소상공인 제품 할인")
			.param("firstDay", firstDay)
			.param("lastDay", lastDay)
			.param("maxDiscountPercent", percent)
			.with(csrf());
		return request;
	}

	private static MockHttpServletRequestBuilder issue(MallUser staff, String code, String kind, String amount,
			String minimum, String firstDay, String lastDay) {
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
		return RenderedPage.of(this.mvc, request);
	}

}
