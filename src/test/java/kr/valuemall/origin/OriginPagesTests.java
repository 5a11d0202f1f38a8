package kr.valuemall.origin;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.TestUsers;
import kr.valuemall.origin.rules.OriginRules;
import kr.valuemall.origin.rules.OriginTerm;
import kr.valuemall.origin.screening.ScreeningSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff pages and the shopper's report, through the real security chain.
 */
@IntegrationTest
class OriginPagesTests {

	private static final AtomicLong ids = new AtomicLong(9_000_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	OriginApi origin;

	@Autowired
	OriginRules rules;

	private long heldListing() {
		long id = ids.incrementAndGet();
		this.origin.screen(OriginApiTests.chinese(id));
		return id;
	}

	@Test
	void onlyStaffOpenTheReviewPages() throws Exception {
		for (String path : new String[] { "/admin/listings", "/admin/listings/rules" }) {
			this.mvc.perform(get(path).with(user(TestUsers.shopper()))).andExpect(status().isForbidden());
			this.mvc.perform(get(path).with(user(TestUsers.seller()))).andExpect(status().isForbidden());
			this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
			this.mvc.perform(get(path).with(user(TestUsers.admin()))).andExpect(status().isOk());
		}
	}

	@Test
	void theQueueShowsHeldListingsWithTheirReasons() throws Exception {
		long id = heldListing();
		this.mvc.perform(get("/admin/listings").with(user(TestUsers.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("원산지 검수"), containsString("텀블러 " + id),
					containsString("해외 제조·원산지로 적힌 문구 “중국산”"), containsString("9,900원"),
					containsString("/admin/listings/" + id + "/approve"))));
		this.mvc.perform(get("/admin/listings").param("tab", "DECISIONS").with(user(TestUsers.admin())))
			.andExpect(status().isOk());
		this.mvc.perform(get("/admin/listings").param("tab", "REPORTED").with(user(TestUsers.admin())))
			.andExpect(status().isOk());
		this.mvc.perform(get("/admin/listings?lang=en").with(user(TestUsers.admin())))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("The text states a foreign place of manufacture or origin “중국산”")));
	}

	@Test
	void staffApproveAHeldListing() throws Exception {
		long id = heldListing();
		this.mvc.perform(post("/admin/listings/{id}/approve", id).with(user(TestUsers.admin())).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/listings"))
			.andExpect(flash().attribute("notice", "origin.review.approved"));
		assertThat(this.origin.reviewOf(id).get().status()).isEqualTo(ReviewStatus.LIVE);
		this.mvc.perform(post("/admin/listings/{id}/approve", id).with(user(TestUsers.admin())).with(csrf()))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/admin/listings/{id}", id).with(user(TestUsers.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("자동 심사 규칙"), containsString("자동 보류"),
					containsString("admin-test@example.com"), containsString("승인"))));
	}

	@Test
	void aRejectionNeedsAReasonShownNextToTheField() throws Exception {
		long id = heldListing();
		this.mvc
			.perform(post("/admin/listings/{id}/reject", id).param("reason", "  ")
				.with(user(TestUsers.admin()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("거절 사유를 입력해 주세요.")));
		assertThat(this.origin.reviewOf(id).get().status()).isEqualTo(ReviewStatus.HELD);

		this.mvc
			.perform(post("/admin/listings/{id}/reject", id).param("reason", "중국산 표기")
				.with(user(TestUsers.admin()))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("notice", "origin.review.rejected"));
		assertThat(this.origin.reviewOf(id).get().status()).isEqualTo(ReviewStatus.REJECTED);
	}

	@Test
	void anUnknownListingIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/listings/{id}", 98_765_432L).with(user(TestUsers.admin())))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/listings/{id}/approve", 98_765_432L).with(user(TestUsers.admin())).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void ruleFormsExplainWhatIsWrongInKorean() throws Exception {
		this.mvc
			.perform(post("/admin/listings/rules/terms").param("kind", "IMPORT_PHRASE")
				.param("term", "")
				.param("points", "5000")
				.with(user(TestUsers.admin()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("단어를 입력해 주세요."), containsString("점수는 1,000 이하여야 합니다."))));
		this.mvc
			.perform(post("/admin/listings/rules/settings").param("holdThreshold", "0")
				.param("duplicateSellerCount", "2")
				.param("reportsToHold", "3")
				.with(user(TestUsers.admin()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1 이상의 숫자를 입력해 주세요."), containsString("점수를 입력해 주세요."))));
		this.mvc
			.perform(post("/admin/listings/rules/settings").param("holdThreshold", "abc")
				.with(user(TestUsers.admin()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("숫자로 입력해 주세요.")));
		this.mvc
			.perform(post("/admin/listings/rules/price-ranges").param("categorySlug", "masks-hygiene")
				.param("minPrice", "5000")
				.param("maxPrice", "100")
				.with(user(TestUsers.admin()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("최고 가격은 최저 가격보다 크거나 같아야 합니다.")));
		this.mvc
			.perform(post("/admin/listings/rules/price-ranges").param("categorySlug", "no-such-category")
				.param("maxPrice", "100")
				.with(user(TestUsers.admin()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("가격 범위가 없는 분류입니다.")));
		assertThat(this.rules.settings().holdThreshold()).isEqualTo(50);
	}

	@Test
	void staffAddAWordAndSaveSettingsWithANotice() throws Exception {
		ScreeningSettings settings = this.rules.settings();
		this.mvc
			.perform(post("/admin/listings/rules/terms").param("kind", "FOREIGN_BRAND")
				.param("term", "Zyxwv")
				.param("points", "40")
				.with(user(TestUsers.admin()))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/listings/rules"))
			.andExpect(flash().attribute("notice", "origin.rules.saved"));
		OriginTerm added = this.rules.terms()
			.stream()
			.filter((term) -> term.getTerm().equals("Zyxwv"))
			.findFirst()
			.get();
		assertThat(added.getPoints()).isEqualTo(40);
		this.mvc
			.perform(post("/admin/listings/rules/terms").param("kind", "FOREIGN_BRAND")
				.param("term", "zyxwv")
				.param("points", "40")
				.with(user(TestUsers.admin()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("같은 종류에 이미 있는 단어입니다.")));
		this.mvc
			.perform(post("/admin/listings/rules/terms/{id}/delete", added.getId()).with(user(TestUsers.admin()))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.rules.terms()).noneMatch((term) -> term.getTerm().equals("Zyxwv"));

		this.mvc
			.perform(post("/admin/listings/rules/settings")
				.param("holdThreshold", String.valueOf(settings.holdThreshold()))
				.param("duplicateSellerCount", String.valueOf(settings.duplicateSellerCount()))
				.param("reportsToHold", String.valueOf(settings.reportsToHold()))
				.param("importerNamedPoints", String.valueOf(settings.importerNamedPoints()))
				.param("missingRegionPoints", String.valueOf(settings.missingRegionPoints()))
				.param("missingManufacturerPoints", String.valueOf(settings.missingManufacturerPoints()))
				.param("makerContradictionPoints", String.valueOf(settings.makerContradictionPoints()))
				.param("duplicateTextPoints", String.valueOf(settings.duplicateTextPoints()))
				.param("priceOutOfRangePoints", String.valueOf(settings.priceOutOfRangePoints()))
				.param("importReportsPoints", String.valueOf(settings.importReportsPoints()))
				.with(user(TestUsers.admin()))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("notice", "origin.rules.saved"));
		assertThat(this.rules.settings()).isEqualTo(settings);
		this.mvc.perform(get("/admin/listings/rules").with(user(TestUsers.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("중국산"), containsString("masks-hygiene"),
					containsString("100,000원"), not(containsString("Zyxwv")))));
	}

	@Test
	void aShopperReportsAListingOnceWithAReason() throws Exception {
		long id = ids.incrementAndGet();
		this.origin.screen(OriginApiTests.clean(id));
		String path = "/products/" + id + "/import-reports";

		this.mvc.perform(post(path).param("reason", "수입품 같아요").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(post(path).param("reason", " ").with(user(TestUsers.shopper())).with(csrf()))
			.andExpect(redirectedUrl("/products/" + id))
			.andExpect(flash().attribute("notice", "origin.report.reasonRequired"));
		this.mvc.perform(post(path).param("reason", "수입품 같아요").with(user(TestUsers.shopper())).with(csrf()))
			.andExpect(redirectedUrl("/products/" + id))
			.andExpect(flash().attribute("notice", "origin.report.thanks"));
		this.mvc.perform(post(path).param("reason", "다시 신고").with(user(TestUsers.shopper())).with(csrf()))
			.andExpect(redirectedUrl("/products/" + id))
			.andExpect(flash().attribute("notice", "origin.report.already"));
		this.mvc.perform(post(path).param("reason", "x".repeat(501)).with(user(TestUsers.seller())).with(csrf()))
			.andExpect(flash().attribute("notice", "origin.report.reasonTooLong"));
		this.mvc.perform(get("/admin/listings/{id}", id).with(user(TestUsers.admin())))
			.andExpect(content().string(allOf(containsString("수입품 같아요"), not(containsString("다시 신고")))));
	}

}
