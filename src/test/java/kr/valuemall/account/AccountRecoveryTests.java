package kr.valuemall.account;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.valuemall.account.membership.AccountTokens;
import kr.valuemall.IntegrationTest;
import kr.valuemall.TestClock;
import kr.valuemall.notification.TestMailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a member does when an account needs looking after: verifying the address from the
 * sign-up mail, resetting a forgotten password from a mailed link, changing the password
 * and address, and leaving. Mails are read from the tests' {@link TestMailbox}, as the
 * member would read them.
 */
@IntegrationTest
class AccountRecoveryTests {

	private static final Pattern LINK = Pattern.compile("http://localhost:8080(/[^\\s?]+)\\?token=([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestMailbox mailbox;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountApi accountApi;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void signUpMailsAVerificationLinkThatWorksOnceAndTheBannerGoesAway() throws Exception {
		String email = unique("verify");
		this.mvc.perform(signUp(email, true)).andExpect(redirectedUrl("/login?signedUp"));
		AccountSummary account = this.accountApi.findByEmail(email).orElseThrow();
		MallUser member = principal(account);

		Document home = page(get("/").with(user(member)));
		assertThat(home.getElementById("verify-banner")).as("banner for the unverified").isNotNull();
		assertThat(this.accountApi.isEmailUnverified(account.id())).isTrue();

		SimpleMailMessage mail = onlyMailTo(email);
		assertThat(mail.getSubject()).isEqualTo("[가치몰] 이메일 주소를 인증해 주세요");
		String link = link(mail, "/account/verify");
		assertThat(page(get(link)).select("h1").text()).isEqualTo("이메일 인증 완료");
		assertThat(this.accountApi.isEmailUnverified(account.id())).isFalse();
		assertThat(page(get(link)).select("h1").text()).as("used once").isEqualTo("링크를 쓸 수 없습니다");
		assertThat(page(get("/").with(user(member))).getElementById("verify-banner")).isNull();
		String stored = this.jdbc.sql("SELECT token_hash FROM account_token WHERE account_id = :id")
			.param("id", account.id())
			.query(String.class)
			.single();
		assertThat(stored).as("only the hash is kept")
			.isEqualTo(AccountTokens.hash(tokenOf(link)))
			.doesNotContain(tokenOf(link));
	}

	@Test
	void resendingVerificationMailsANewLinkAndTheOldOneStops() throws Exception {
		String email = unique("resend");
		this.mvc.perform(signUp(email, false)).andExpect(status().isFound());
		MallUser member = principal(this.accountApi.findByEmail(email).orElseThrow());
		String first = link(onlyMailTo(email), "/account/verify");
		this.mvc.perform(post("/account/verify/resend").with(csrf()).with(user(member)))
			.andExpect(redirectedUrl("/account"));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(this.mailbox.to(email)).hasSize(2));
		String second = link(this.mailbox.to(email).get(1), "/account/verify");
		assertThat(page(get(first)).select("h1").text()).isEqualTo("링크를 쓸 수 없습니다");
		assertThat(page(get(second)).select("h1").text()).isEqualTo("이메일 인증 완료");
	}

	@Test
	void signUpRecordsTheConsentsWithTheirVersions() throws Exception {
		String withMarketing = unique("consent-yes");
		String without = unique("consent-no");
		this.mvc.perform(signUp(withMarketing, true)).andExpect(status().isFound());
		this.mvc.perform(signUp(without, false)).andExpect(status().isFound());

		List<ConsentRecord> yes = this.accountApi
			.consents(this.accountApi.findByEmail(withMarketing).orElseThrow().id());
		assertThat(yes).extracting(ConsentRecord::kind, ConsentRecord::version)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ConsentKind.TERMS, "1.0"),
					org.assertj.core.groups.Tuple.tuple(ConsentKind.PRIVACY_COLLECTION, "1.0"),
					org.assertj.core.groups.Tuple.tuple(ConsentKind.MARKETING_EMAIL, "1.0"));
		assertThat(yes).allSatisfy((consent) -> assertThat(consent.agreedAt()).isNotNull());
		List<ConsentRecord> no = this.accountApi.consents(this.accountApi.findByEmail(without).orElseThrow().id());
		assertThat(no).extracting(ConsentRecord::kind)
			.containsExactly(ConsentKind.TERMS, ConsentKind.PRIVACY_COLLECTION);

		long id = this.accountApi.findByEmail(without).orElseThrow().id();
		this.accountApi.recordConsent(id, ConsentKind.THIRD_PARTY_PROVISION, "1.0");
		assertThat(this.accountApi.consents(id)).extracting(ConsentRecord::kind)
			.contains(ConsentKind.THIRD_PARTY_PROVISION);
	}

	@Test
	void signUpWithoutTheRequiredConsentsOpensNothingAndKeepsWhatWasTyped() throws Exception {
		String email = unique("refused");
		Document page = page(post("/signup").with(csrf())
			.param("email", email)
			.param("password", "quiet-river-88")
			.param("passwordConfirm", "quiet-river-88")
			.param("name", "동의안함")
			.param("phone", "010-1212-3434")
			.param("agreeToMarketing", "true"));
		assertThat(page.getElementById("agreeToTerms-error").text()).isEqualTo("이용약관에 동의해야 가입할 수 있습니다.");
		assertThat(page.getElementById("agreeToPrivacy-error").text()).isEqualTo("개인정보 수집·이용에 동의해야 가입할 수 있습니다.");
		assertThat(page.getElementById("email").val()).isEqualTo(email);
		assertThat(page.getElementById("agreeToMarketing1").hasAttr("checked")).isTrue();
		assertThat(this.accountApi.findByEmail(email)).isEmpty();
	}

	@Test
	void forgotPasswordAnswersTheSameForUnknownAddressesAndMailsOnlyMembers() throws Exception {
		MallUser member = this.accounts.create("재설정");
		String unknown = unique("nobody");
		MvcResult known = this.mvc.perform(post("/password/forgot").with(csrf()).param("email", member.getUsername()))
			.andReturn();
		MvcResult notKnown = this.mvc.perform(post("/password/forgot").with(csrf()).param("email", unknown))
			.andReturn();
		assertThat(known.getResponse().getRedirectedUrl()).isEqualTo("/password/forgot?sent")
			.isEqualTo(notKnown.getResponse().getRedirectedUrl());
		assertThat(page(get("/password/forgot?sent")).getElementById("reset-sent").text())
			.startsWith("가입된 주소라면 메일을 보냈습니다");
		assertThat(onlyMailTo(member.getUsername()).getSubject()).isEqualTo("[가치몰] 비밀번호 재설정 안내");
		assertThat(this.mailbox.to(unknown)).as("asked second, and nothing went out after the member's").isEmpty();
	}

	@Test
	void aResetLinkSetsTheNewPasswordOnceAndTheOldPasswordStops() throws Exception {
		MallUser member = this.accounts.create("비밀번호 잊은 회원");
		Cookie stolen = signedInSession(member.getUsername(), TestAccounts.PASSWORD);
		this.mvc.perform(post("/password/forgot").with(csrf()).param("email", member.getUsername()));
		String link = link(onlyMailTo(member.getUsername()), "/password/reset");
		assertThat(page(get(link)).getElementById("newPassword")).isNotNull();

		Document weak = page(resetPost(tokenOf(link), "short", "short"));
		assertThat(weak.getElementById("newPassword-error").text()).contains("10자 이상");
		this.mvc.perform(resetPost(tokenOf(link), "fresh-meadow-42", "fresh-meadow-42"))
			.andExpect(redirectedUrl("/login?passwordReset"));
		this.mvc.perform(get("/account").cookie(stolen)).andExpect(redirectedUrl("/login"));

		this.mvc
			.perform(formLogin("/login").userParameter("email").user(member.getUsername()).password("fresh-meadow-42"))
			.andExpect(authenticated());
		this.mvc.perform(
				formLogin("/login").userParameter("email").user(member.getUsername()).password(TestAccounts.PASSWORD))
			.andExpect(unauthenticated());
		Document again = page(resetPost(tokenOf(link), "other-meadow-43", "other-meadow-43"));
		assertThat(again.select("h1").text()).isEqualTo("링크를 쓸 수 없습니다");
		assertThat(again.select("a[href=/password/forgot]")).isNotEmpty();
	}

	@Test
	void aResetLinkExpiresAfterThirtyMinutes() throws Exception {
		MallUser member = this.accounts.create("만료");
		this.mvc.perform(post("/password/forgot").with(csrf()).param("email", member.getUsername()));
		String link = link(onlyMailTo(member.getUsername()), "/password/reset");
		this.clock.advance(Duration.ofMinutes(31));
		Document expired = page(get(link));
		assertThat(expired.select(".alert").text()).contains("만료되었거나 이미 사용되었습니다");
		this.mvc.perform(resetPost(tokenOf(link), "late-meadow-44", "late-meadow-44")).andExpect(status().isOk());
		this.mvc
			.perform(formLogin("/login").userParameter("email").user(member.getUsername()).password("late-meadow-44"))
			.andExpect(unauthenticated());
	}

	@Test
	void changingThePasswordNeedsTheCurrentOne() throws Exception {
		MallUser member = this.accounts.create("비번변경");
		Document wrong = page(post("/account/password").with(csrf())
			.with(user(member))
			.param("currentPassword", "not-my-password-1")
			.param("newPassword", "garden-lamp-55")
			.param("newPasswordConfirm", "garden-lamp-55"));
		assertThat(wrong.getElementById("currentPassword-error").text()).contains("비밀번호가 맞지 않습니다");
		Document common = page(post("/account/password").with(csrf())
			.with(user(member))
			.param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", "Sunshine123")
			.param("newPasswordConfirm", "Sunshine123"));
		assertThat(common.getElementById("newPassword-error").text()).contains("널리 쓰이거나 유출된 적이 있는 비밀번호");
		this.mvc
			.perform(post("/account/password").with(csrf())
				.with(user(member))
				.param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", "garden-lamp-55")
				.param("newPasswordConfirm", "garden-lamp-55"))
			.andExpect(redirectedUrl("/account"));
		this.mvc
			.perform(formLogin("/login").userParameter("email").user(member.getUsername()).password("garden-lamp-55"))
			.andExpect(authenticated());
	}

	@Test
	void changingTheAddressWaitsForTheLinkMailedToTheNewOne() throws Exception {
		MallUser member = this.accounts.create("주소변경");
		MallUser other = this.accounts.create("다른 회원");
		Document taken = page(changeEmail(member, other.getUsername(), TestAccounts.PASSWORD));
		assertThat(taken.getElementById("newEmail-error").text()).contains("이미 가입된 이메일");
		assertThat(taken.getElementById("newEmail").val()).isEqualTo(other.getUsername());
		Document wrongPassword = page(changeEmail(member, unique("new"), "not-my-password-1"));
		assertThat(wrongPassword.getElementById("confirmPassword-error").text()).contains("비밀번호가 맞지 않습니다");

		String newEmail = unique("moved");
		this.mvc.perform(changeEmail(member, newEmail, TestAccounts.PASSWORD)).andExpect(redirectedUrl("/account"));
		assertThat(this.accountApi.findById(member.getId()).orElseThrow().email()).as("not yet")
			.isEqualTo(member.getUsername());
		String link = link(onlyMailTo(newEmail), "/account/email/confirm");
		assertThat(this.mailbox.to(member.getUsername())).isEmpty();
		this.mvc.perform(get(link).with(user(member))).andExpect(redirectedUrl("/login?emailChanged"));
		assertThat(this.accountApi.findById(member.getId()).orElseThrow().email()).isEqualTo(newEmail);
		this.mvc.perform(formLogin("/login").userParameter("email").user(newEmail).password(TestAccounts.PASSWORD))
			.andExpect(authenticated());
		this.mvc.perform(
				formLogin("/login").userParameter("email").user(member.getUsername()).password(TestAccounts.PASSWORD))
			.andExpect(unauthenticated());
		assertThat(page(get(link)).select("h1").text()).isEqualTo("링크를 쓸 수 없습니다");
	}

	@Test
	void leavingMinimisesTheAccountEndsTheSessionAndNobodyCanSignInAgain() throws Exception {
		MallUser member = this.accounts.create("떠나는 회원");
		Cookie otherDevice = signedInSession(member.getUsername(), TestAccounts.PASSWORD);
		this.mvc.perform(get("/account").cookie(otherDevice)).andExpect(status().isOk());
		Document before = page(get("/account").with(user(member)));
		assertThat(before.text()).contains("5년간 보관");
		Document wrong = page(
				post("/account/delete").with(csrf()).with(user(member)).param("password", "nope-nope-123"));
		assertThat(wrong.getElementById("password-error").text()).contains("비밀번호가 맞지 않습니다");

		this.mvc
			.perform(post("/account/delete").with(csrf()).with(user(member)).param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/account/deleted"))
			.andExpect(unauthenticated());
		assertThat(page(get("/account/deleted")).text()).contains("5년간 보관");
		this.mvc.perform(get("/account").cookie(otherDevice))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));

		var row = this.jdbc
			.sql("SELECT email, name, phone, deleted_at IS NOT NULL AS deleted FROM user_account WHERE id = :id")
			.param("id", member.getId())
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.single();
		assertThat(row.get(0)).endsWith("@deleted.valuemall.invalid").doesNotContain(member.getUsername());
		assertThat(row.get(1)).isEqualTo("탈퇴한 회원");
		assertThat(row.get(2)).isEmpty();
		assertThat(row.get(3)).isEqualTo("t");
		assertThat(this.jdbc.sql("SELECT count(*) FROM user_account_role WHERE user_account_id = :id")
			.param("id", member.getId())
			.query(Long.class)
			.single()).isZero();
		this.mvc.perform(
				formLogin("/login").userParameter("email").user(member.getUsername()).password(TestAccounts.PASSWORD))
			.andExpect(unauthenticated());
		this.mvc.perform(formLogin("/login").userParameter("email").user(row.get(0)).password(TestAccounts.PASSWORD))
			.andExpect(unauthenticated());
	}

	@Test
	void aSellerIsToldToAskStaffToLeave() throws Exception {
		MallUser seller = this.accounts.create("판매자", Role.SELLER);
		Document page = page(
				post("/account/delete").with(csrf()).with(user(seller)).param("password", TestAccounts.PASSWORD));
		assertThat(page.select(".danger-zone .notice").text()).contains("고객센터로 문의");
		assertThat(page(get("/account").with(user(seller))).select("form[action=/account/delete]")).isEmpty();
		assertThat(this.accountApi.findById(seller.getId()).orElseThrow().name()).isEqualTo("판매자");
	}

	@Test
	void theLegalPagesRenderInKoreanAndEnglishWithTheirVersions() throws Exception {
		Document terms = page(get("/terms"));
		assertThat(terms.select("h1").text()).isEqualTo("이용약관");
		assertThat(terms.select(".legal-version").text()).isEqualTo("버전 1.0 · 시행일 2026-12-01");
		assertThat(terms.text()).contains("제1조 (목적)", "가치몰 운영사무국", "통신판매중개자");
		Document privacy = page(get("/privacy"));
		assertThat(privacy.select("h1").text()).isEqualTo("개인정보처리방침");
		assertThat(privacy.text()).contains("개인정보의 제3자 제공", "이보호 (privacy@valuemall.example)");
		Document english = page(get("/privacy").param("lang", "en"));
		assertThat(english.select("h1").text()).isEqualTo("Privacy policy");
		assertThat(english.select("section.legal-article")).hasSameSizeAs(privacy.select("section.legal-article"));
		assertThat(page(get("/terms").param("lang", "en")).select("h1").text()).isEqualTo("Terms of use");
		assertThat(terms.select("footer a[href=/terms]")).isNotEmpty();
		assertThat(terms.select("footer a[href=/privacy]")).isNotEmpty();
		assertThat(page(get("/signup")).select("form a[href=/terms], form a[href=/privacy]")).hasSize(2);
	}

	@Test
	void staffReadTheKeptMailsAndOthersCannot() throws Exception {
		MallUser member = this.accounts.create("메일 사본");
		this.mvc.perform(post("/password/forgot").with(csrf()).param("email", member.getUsername()));
		// The copy is kept once the mail has gone out, after the commit.
		String href = await().atMost(Duration.ofSeconds(10))
			.until(() -> page(get("/admin/mails").with(user(TestUsers.admin()))).select(".sent-mails li")
				.stream()
				.filter((li) -> li.text().contains(member.getUsername()))
				.map((li) -> li.selectFirst("a").attr("href"))
				.findFirst()
				.orElse(null), java.util.Objects::nonNull);
		Document mail = page(get(href).with(user(TestUsers.admin())));
		assertThat(mail.select("h1").text()).isEqualTo("[가치몰] 비밀번호 재설정 안내");
		assertThat(mail.select(".mail-links a").attr("href")).contains("/password/reset?token=");
		this.mvc.perform(get("/admin/mails").with(user(member))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/mails/0").with(user(TestUsers.admin()))).andExpect(status().isNotFound());
	}

	/** A real sign-in, as from another browser: its session cookie. */
	private Cookie signedInSession(String email, String password) throws Exception {
		MvcResult login = this.mvc.perform(formLogin("/login").userParameter("email").user(email).password(password))
			.andExpect(authenticated())
			.andReturn();
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).as("a session cookie").isNotNull();
		return session;
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		String html = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	/** Mails go out after the commit, on another thread. */
	private SimpleMailMessage onlyMailTo(String email) {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(this.mailbox.to(email)).hasSize(1));
		return this.mailbox.to(email).get(0);
	}

	/** The path and query of the link in the mail, which must lead to the given path. */
	private static String link(SimpleMailMessage mail, String path) {
		Matcher matcher = LINK.matcher(mail.getText());
		assertThat(matcher.find()).as("a link in " + mail.getText()).isTrue();
		assertThat(matcher.group(1)).isEqualTo(path);
		return matcher.group(1) + "?token=" + matcher.group(2);
	}

	private static String tokenOf(String link) {
		return link.substring(link.indexOf("token=") + "token=".length());
	}

	private static MockHttpServletRequestBuilder resetPost(String token, String password, String confirm) {
		return post("/password/reset").with(csrf())
			.param("token", token)
			.param("newPassword", password)
			.param("newPasswordConfirm", confirm);
	}

	private static MockHttpServletRequestBuilder changeEmail(MallUser member, String newEmail, String password) {
		return post("/account/email").with(csrf())
			.with(user(member))
			.param("newEmail", newEmail)
			.param("confirmPassword", password);
	}

	private static MockHttpServletRequestBuilder signUp(String email, boolean marketing) {
		MockHttpServletRequestBuilder request = post("/signup").with(csrf())
			.param("email", email)
			.param("password", "quiet-river-88")
			.param("passwordConfirm", "quiet-river-88")
			.param("name", "새회원")
			.param("phone", "010-1212-3434")
			.param("agreeToTerms", "true")
			.param("agreeToPrivacy", "true");
		return marketing ? request.param("agreeToMarketing", "true") : request;
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID() + "@example.com";
	}

	private static MallUser principal(AccountSummary account) {
		return new MallUser(account.id(), account.email(), "{noop}unused", account.name(), List
			.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(Role.SHOPPER.authority())));
	}

}
