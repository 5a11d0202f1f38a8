package kr.valuemall.account;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.valuemall.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kr.valuemall.account.membership.AccountService;

/**
 * The password-recovery and account forms' answers to what is typed: a message next to
 * each field, in the page's language, and nothing typed into a password field sent back.
 */
@WebSliceTest
class AccountFormsSliceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Test
	void theForgotFormAsksForAnAddressInKoreanAndEnglish() throws Exception {
		Document blank = render(post("/password/forgot").with(csrf()).param("email", ""));
		assertThat(errorFor(blank, "email")).isEqualTo("이메일을 입력해 주세요.");
		Document bad = render(post("/password/forgot").with(csrf()).param("email", "not-an-address"));
		assertThat(errorFor(bad, "email")).startsWith("이메일 형식이 올바르지 않습니다");
		assertThat(bad.getElementById("email").val()).isEqualTo("not-an-address");
		Document english = render(post("/password/forgot").with(csrf()).param("email", "").param("lang", "en"));
		assertThat(errorFor(english, "email")).isEqualTo("Enter your e-mail.");
		then(this.accounts).should(never()).requestPasswordReset(anyString());
	}

	@Test
	void aGoodAddressIsPassedOnAndTheAnswerIsAlwaysTheSamePage() throws Exception {
		this.mvc.perform(post("/password/forgot").with(csrf()).param("email", "someone@example.com"))
			.andExpect(redirectedUrl("/password/forgot?sent"));
		then(this.accounts).should().requestPasswordReset("someone@example.com");
	}

	@Test
	void aSpentResetLinkSaysSoAndOffersANewOne() throws Exception {
		given(this.accounts.resetFor(any())).willReturn(Optional.empty());
		Document page = render(get("/password/reset").param("token", "spent"));
		assertThat(page.select("h1").text()).isEqualTo("링크를 쓸 수 없습니다");
		assertThat(page.select(".alert").text()).contains("30분 동안 한 번만");
		assertThat(page.select("a[href=/password/forgot]")).hasSize(1);
	}

	@Test
	void aMismatchedNewPasswordIsRefusedAndNotSentBack() throws Exception {
		given(this.accounts.resetFor("good")).willReturn(Optional.of("member@example.com"));
		Document page = render(post("/password/reset").with(csrf())
			.param("token", "good")
			.param("newPassword", "bright-field-12")
			.param("newPasswordConfirm", "bright-field-13"));
		assertThat(errorFor(page, "newPasswordConfirm")).contains("서로 다릅니다");
		assertThat(page.html()).doesNotContain("bright-field-12", "bright-field-13");
		assertThat(page.getElementById("token").val()).isEqualTo("good");
		then(this.accounts).should(never()).resetPassword(any(), any());
	}

	@Test
	void theAccountPagesAskVisitorsToSignIn() throws Exception {
		this.mvc.perform(get("/account")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/account/delete").with(csrf()).param("password", "x"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	private Document render(MockHttpServletRequestBuilder request) throws Exception {
		String html = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	private static String errorFor(Document page, String field) {
		var error = page.getElementById(field + "-error");
		return (error != null) ? error.text() : null;
	}

}
