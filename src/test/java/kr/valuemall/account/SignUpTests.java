package kr.valuemall.account;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.valuemall.IntegrationTest;
import kr.valuemall.shared.PhoneNumbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SignUpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountRepository accounts;

	@Test
	void aValidSignUpOpensAShopperAccountWithAnEncodedPassword() throws Exception {
		this.mvc.perform(signUp("New.Member@Example.com", "sunflower-2026", "sunflower-2026", "홍길동", "01098765432"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?signedUp"))
			.andExpect(flash().attribute("lastEmail", "New.Member@Example.com"));
		UserAccount account = this.accounts.findByEmail("new.member@example.com").orElseThrow();
		assertThat(account.getEmail()).isEqualTo("new.member@example.com");
		assertThat(account.getRoles()).containsExactly(Role.SHOPPER);
		assertThat(account.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("sunflower");
		assertThat(account.summary().name()).isEqualTo("홍길동");
	}

	@Test
	void anAddressCanHoldOneAccountWhateverItsCase() throws Exception {
		this.mvc.perform(signUp("twice@example.com", "maple-leaf-42", "maple-leaf-42", "김철수", "010-2222-3333"))
			.andExpect(status().isFound());
		Document again = render(signUp("TWICE@example.com", "maple-leaf-42", "maple-leaf-42", "김철수", "010-2222-3333"));
		assertThat(errorFor(again, "email")).contains("이미 가입된 이메일");
		assertThat(again.getElementById("name").val()).isEqualTo("김철수");
	}

	@Test
	void phoneNumbersAreStoredTheWayKoreansWriteThem() {
		assertThat(PhoneNumbers.normalize("01012345678")).isEqualTo("010-1234-5678");
		assertThat(PhoneNumbers.normalize("010 123 4567")).isEqualTo("010-123-4567");
		assertThat(PhoneNumbers.normalize("0212345678")).isEqualTo("02-1234-5678");
		assertThat(PhoneNumbers.normalize("044-200-1000")).isEqualTo("044-200-1000");
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
		return post("/signup").with(csrf())
			.param("email", email)
			.param("password", password)
			.param("passwordConfirm", confirm)
			.param("name", name)
			.param("phone", phone)
			.param("agreeToTerms", "true")
			.param("agreeToPrivacy", "true");
	}

}
