package kr.valuemall.account;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Three kinds of staff: the operator everywhere, reviewers on the application and listing
 * desks only, the ministry reading reports only; the operator gives and takes roles, and
 * every staff action is in the audit log with who did what.
 */
@IntegrationTest
class StaffRolesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AccountApi accountApi;

	@Autowired
	kr.valuemall.notification.TestMailbox mailbox;

	@Test
	void reviewersDecideApplicationsAndListingsOnly() throws Exception {
		MallUser reviewer = this.accounts.create("심사 담당", Role.REVIEWER);
		for (String page : new String[] { "/admin", "/admin/sellers", "/admin/listings" }) {
			this.mvc.perform(get(page).with(user(reviewer))).andExpect(status().isOk());
		}
		for (String page : new String[] { "/admin/listings/rules", "/admin/settlements", "/admin/reports",
				"/admin/coupons", "/admin/staff", "/admin/audit", "/admin/deposits" }) {
			this.mvc.perform(get(page).with(user(reviewer))).andExpect(status().isForbidden());
		}
		Document home = page(get("/admin").with(user(reviewer)));
		assertThat(home.select(".work-card").eachAttr("href")).containsExactlyInAnyOrder("/admin/sellers",
				"/admin/listings");
	}

	@Test
	void theMinistryReadsReportsAndChangesNothing() throws Exception {
		MallUser ministry = this.accounts.create("중기부 담당", Role.MINISTRY);
		this.mvc.perform(get("/admin/reports").with(user(ministry))).andExpect(status().isOk());
		this.mvc.perform(get("/admin").with(user(ministry))).andExpect(status().isOk());
		this.mvc.perform(post("/admin/reports/rebuild").with(user(ministry)).with(csrf()))
			.andExpect(status().isForbidden());
		for (String page : new String[] { "/admin/sellers", "/admin/listings", "/admin/settlements", "/admin/staff" }) {
			this.mvc.perform(get(page).with(user(ministry))).andExpect(status().isForbidden());
		}
		assertThat(page(get("/admin").with(user(ministry))).select(".work-card").eachAttr("href"))
			.containsExactly("/admin/reports");
	}

	@Test
	void theOperatorGivesAndTakesRolesAndEveryActionIsAudited() throws Exception {
		MallUser admin = this.accounts.create("운영 책임자", Role.ADMIN);
		MallUser colleague = this.accounts.create("새 심사 담당");
		this.mvc
			.perform(post("/admin/staff").param("email", " " + colleague.getUsername() + " ")
				.param("role", "REVIEWER")
				.with(user(admin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.accountApi.findById(colleague.getId()).orElseThrow().has(Role.REVIEWER)).isTrue();
		Document desk = page(get("/admin/staff").with(user(admin)));
		assertThat(desk.select(".staff-members").text()).contains("새 심사 담당", "심사 담당");
		assertThat(desk.select("#role option").eachText()).contains("심사 담당 — 입점 신청과 상품 원산지 심사만",
				"부처 열람 — 보고서 열람만(변경 불가)", "관리자 — 몰 운영 전체");

		// Nobody is made staff with a made-up role.
		this.mvc
			.perform(post("/admin/staff").param("email", colleague.getUsername())
				.param("role", "SUPERUSER")
				.with(user(admin))
				.with(csrf()))
			.andExpect((result) -> assertThat(result.getFlashMap().get("notice")).isEqualTo("staff.grant.invalid"));
		this.mvc
			.perform(post("/admin/staff").param("email", colleague.getUsername())
				.param("role", "SUPERUSER")
				.with(user(admin))
				.with(csrf()))
			.andExpect((result) -> assertThat(result.getFlashMap().get("notice")).isEqualTo("staff.grant.invalid"));

		// An operator cannot take away their own admin role.
		this.mvc.perform(
				post("/admin/staff/" + admin.getId() + "/revoke").param("role", "ADMIN").with(user(admin)).with(csrf()))
			.andExpect((result) -> assertThat(result.getFlashMap().get("notice"))
				.isEqualTo("staff.revoke.LAST_OR_OWN_ADMIN"));
		this.mvc
			.perform(post("/admin/staff/" + colleague.getId() + "/revoke").param("role", "REVIEWER")
				.with(user(admin))
				.with(csrf()))
			.andExpect((result) -> assertThat(result.getFlashMap().get("notice")).isEqualTo("staff.revoke.REVOKED"));
		assertThat(this.accountApi.findById(colleague.getId()).orElseThrow().has(Role.REVIEWER)).isFalse();

		Document audit = page(get("/admin/audit").param("actor", admin.getUsername()).with(user(admin)));
		assertThat(audit.select(".audit-entries tbody tr").eachText())
			.anySatisfy((row) -> assertThat(row).contains(admin.getUsername(), "POST /admin/staff",
					"email=" + colleague.getUsername(), "role=REVIEWER", "staff.grant.done"))
			.anySatisfy((row) -> assertThat(row).contains("role=ADMIN", "staff.revoke.LAST_OR_OWN_ADMIN"))
			.anySatisfy((row) -> assertThat(row).contains("POST /admin/staff/{id}/revoke",
					"/admin/staff/" + colleague.getId() + "/revoke"))
			.allSatisfy((row) -> assertThat(row).doesNotContain("_csrf"));
	}

	@Test
	void aColleagueWithoutAnAccountIsInvitedByMailAndGetsTheRoleWithTheVerifiedAddress() throws Exception {
		MallUser admin = this.accounts.create("초대하는 운영자", Role.ADMIN);
		String invited = "invited-" + java.util.UUID.randomUUID() + "@example.com";
		this.mvc.perform(
				post("/admin/staff").param("email", invited).param("role", "MINISTRY").with(user(admin)).with(csrf()))
			.andExpect((result) -> assertThat(result.getFlashMap().get("notice")).isEqualTo("staff.grant.invited"));
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.mailbox.to(invited)).singleElement()
				.satisfies((mail) -> assertThat(mail.getSubject()).isEqualTo("[가치몰] 직원으로 초대되었습니다"))
				.satisfies((mail) -> assertThat(mail.getText()).contains("부처 열람", "/signup")));
		assertThat(page(get("/admin/staff").with(user(admin))).select(".staff-invitations").text()).contains(invited,
				"부처 열람");

		// Signing up is not enough: the role comes with the verified address.
		this.mvc
			.perform(post("/signup").with(csrf())
				.param("email", invited)
				.param("password", "quiet-river-88")
				.param("passwordConfirm", "quiet-river-88")
				.param("name", "초대받은 담당관")
				.param("phone", "010-1212-3434")
				.param("agreeToTerms", "true")
				.param("agreeToPrivacy", "true"))
			.andExpect(status().is3xxRedirection());
		long id = this.accountApi.findByEmail(invited).orElseThrow().id();
		assertThat(this.accountApi.findById(id).orElseThrow().has(Role.MINISTRY)).isFalse();
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> this.mailbox.to(invited).size() == 2);
		java.util.regex.Matcher link = java.util.regex.Pattern
			.compile("https?://[^/\\s]+(/account/verify\\?token=\\S+)")
			.matcher(this.mailbox.to(invited).get(1).getText());
		assertThat(link.find()).isTrue();
		this.mvc.perform(get(link.group(1))).andExpect(status().isOk());
		assertThat(this.accountApi.findById(id).orElseThrow().has(Role.MINISTRY)).isTrue();
	}

	private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
