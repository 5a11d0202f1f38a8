package kr.valuemall.account;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.valuemall.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kr.valuemall.account.membership.AccountService;
import kr.valuemall.account.membership.EmailAlreadyRegistered;

/**
 * The sign-up form's answers to what a visitor types: a message next to each field in the
 * page's language, and what was typed kept, except the passwords. Opening the account is
 * the mocked {@link AccountService}'s part; {@code SignUpTests} opens real ones.
 */
@WebSliceTest
class SignUpFormSliceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Test
	void eachBadFieldGetsItsOwnKoreanMessageAndTypedValuesStay() throws Exception {
		Document page = render(signUp("not-an-email", "short", "different", "", "12345", false));
		assertThat(errorFor(page, "email")).contains("이메일 형식이 올바르지 않습니다");
		assertThat(errorFor(page, "password")).contains("10자 이상");
		assertThat(errorFor(page, "name")).isEqualTo("이름을 입력해 주세요.");
		assertThat(errorFor(page, "phone")).contains("전화번호 형식이 올바르지 않습니다");
		assertThat(errorFor(page, "agreeToTerms")).isEqualTo("이용약관에 동의해야 가입할 수 있습니다.");
		assertThat(errorFor(page, "agreeToPrivacy")).isEqualTo("개인정보 수집·이용에 동의해야 가입할 수 있습니다.");
		assertThat(page.getElementById("email").val()).isEqualTo("not-an-email");
		assertThat(page.getElementById("phone").val()).isEqualTo("12345");
		assertThat(page.getElementById("password").val()).isEmpty();
		assertThat(page.getElementById("email").attr("aria-invalid")).isEqualTo("true");
		for (String field : new String[] { "email", "password", "passwordConfirm", "name", "phone" }) {
			assertThat(page.select("form.form input[name=" + field + "]")).as(field).hasSize(1);
			assertThat(page.select("label[for=" + field + "]")).as(field).hasSize(1);
		}
	}

	@Test
	void messagesAreEnglishOnTheEnglishPage() throws Exception {
		Document page = render(signUp("", "", "", "", "").param("lang", "en"));
		assertThat(errorFor(page, "email")).isEqualTo("Enter your e-mail.");
		assertThat(errorFor(page, "phone")).isEqualTo("Enter your mobile phone number.");
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void weakAndMismatchedPasswordsAreRefusedWithTheReason() throws Exception {
		Document common = render(signUp("weak@example.com", "abcdefghijkl", "abcdefghijkl", "이순신", "010-1111-2222"));
		assertThat(errorFor(common, "password")).contains("널리 쓰이거나 유출된");
		Document mismatch = render(
				signUp("mismatch@example.com", "river-stone-7", "river-stone-8", "이순신", "010-1111-2222"));
		assertThat(errorFor(mismatch, "passwordConfirm")).contains("서로 다릅니다");
		Document fromEmail = render(
				signUp("gildong@example.com", "gildong-2026!", "gildong-2026!", "홍길동", "010-1111-2222"));
		assertThat(errorFor(fromEmail, "password")).contains("이메일 아이디");
	}

	@Test
	void aRefusedFormSendsNeitherPasswordBackNorOpensAnAccount() throws Exception {
		Document page = render(
				signUp("mismatch@example.com", "river-stone-7", "river-stone-8", "이순신", "010-1111-2222"));
		assertThat(page.getElementById("password").val()).isEmpty();
		assertThat(page.getElementById("passwordConfirm").val()).isEmpty();
		assertThat(page.html()).doesNotContain("river-stone-7", "river-stone-8");
		assertThat(page.getElementById("name").val()).isEqualTo("이순신");
		then(this.accounts).should(never()).signUp(any());
	}

	@Test
	void anAddressTakenInARaceIsAnsweredLikeAnyOther() throws Exception {
		// The page must not tell who is a member: the same answer as a new account.
		given(this.accounts.signUp(any())).willThrow(EmailAlreadyRegistered.of("taken@example.com"));
		this.mvc.perform(signUp("Taken@example.com", "maple-leaf-42", "maple-leaf-42", "김철수", "010-2222-3333"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?signedUp"))
			.andExpect(flash().attribute("lastEmail", "Taken@example.com"));
	}

	@Test
	void aGoodFormOpensTheAccountAndGoesToTheLoginPageWithTheAddress() throws Exception {
		this.mvc.perform(signUp("New.Member@Example.com", "sunflower-2026", "sunflower-2026", "홍길동", "01098765432"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?signedUp"))
			.andExpect(flash().attribute("lastEmail", "New.Member@Example.com"));
		then(this.accounts).should().signUp(any());
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

	private static MockHttpServletRequestBuilder signUp(String email, String password, String confirm, String name,
			String phone) {
		return signUp(email, password, confirm, name, phone, true);
	}

	private static MockHttpServletRequestBuilder signUp(String email, String password, String confirm, String name,
			String phone, boolean agree) {
		MockHttpServletRequestBuilder request = post("/signup").with(csrf())
			.param("email", email)
			.param("password", password)
			.param("passwordConfirm", confirm)
			.param("name", name)
			.param("phone", phone);
		return agree ? request.param("agreeToTerms", "true").param("agreeToPrivacy", "true") : request;
	}

}
