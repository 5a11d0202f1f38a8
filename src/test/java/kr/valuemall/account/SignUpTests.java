package kr.valuemall.account;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.valuemall.IntegrationTest;
import kr.valuemall.notification.TestMailbox;
import kr.valuemall.shared.PhoneNumbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kr.valuemall.account.membership.UserAccount;
import kr.valuemall.account.membership.UserAccountRepository;

@IntegrationTest
class SignUpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	TestMailbox mailbox;

	@Test
	void aValidSignUpOpensAShopperAccountWithAnEncodedPassword() throws Exception {
		this.mvc.perform(signUp("New.Member@Example.com", "sunflower-2026", "sunflower-2026", "홍길동", "01098765432"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?signedUp"))
			.andExpect(flash().attribute("lastEmail", "New.Member@Example.com"));
		UserAccount account = this.accounts.findByEmail("new.member@example.com").orElseThrow();
		assertThat(account.getEmail()).isEqualTo("new.member@example.com");
		assertThat(account.getRoles()).containsExactly(Role.SHOPPER);
		assertThat(account.getPasswordHash()).startsWith("{argon2}").doesNotContain("sunflower");
		assertThat(account.summary().name()).isEqualTo("홍길동");
	}

	@Test
	void anAddressCanHoldOneAccountAndTheSignUpPageDoesNotTellWhoIsAMember() throws Exception {
		this.mvc.perform(signUp("twice@example.com", "maple-leaf-42", "maple-leaf-42", "김철수", "010-2222-3333"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?signedUp"));
		long idBefore = this.accounts.findByEmail("twice@example.com").orElseThrow().getId();
		// The same answer as for a new address: no one learns the address has an account.
		this.mvc.perform(signUp("TWICE@example.com", "other-leaf-43", "other-leaf-43", "다른사람", "010-4444-5555"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?signedUp"))
			.andExpect(flash().attribute("lastEmail", "TWICE@example.com"));
		UserAccount account = this.accounts.findByEmail("twice@example.com").orElseThrow();
		assertThat(account.getId()).isEqualTo(idBefore);
		assertThat(account.getName()).isEqualTo("김철수");
		// The holder hears that someone tried, with the way back in.
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.mailbox.to("twice@example.com"))
				.anySatisfy((mail) -> assertThat(mail.getSubject()).contains("이 주소로 가입하려는 시도")));
		SimpleMailMessage attempt = this.mailbox.to("twice@example.com")
			.stream()
			.filter((mail) -> mail.getSubject().contains("가입하려는 시도"))
			.findFirst()
			.orElseThrow();
		assertThat(attempt.getText()).contains("/password/forgot").contains("김철수");
	}

	@Test
	void aCommonOrBreachedPasswordIsRefusedInKorean() throws Exception {
		Document page = render(signUp("common.pw@example.com", "Qwertyuiop", "Qwertyuiop", "김철수", "010-2222-3333"));
		assertThat(errorFor(page, "password")).contains("널리 쓰이거나 유출된 적이 있는 비밀번호라 쓸 수 없습니다");
		assertThat(this.accounts.findByEmail("common.pw@example.com")).isEmpty();
	}

	@Test
	void aLongKoreanPasswordIsHashedWhole() throws Exception {
		// 33 syllables: 99 bytes in UTF-8, past the 72 bytes bcrypt reads.
		String password = "우리집강아지는복슬강아지어머니가빨래하러가면멍멍멍쫄랑쫄랑따라가요";
		assertThat(password.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(72);
		this.mvc.perform(signUp("long.korean@example.com", password, password, "김철수", "010-2222-3333"))
			.andExpect(redirectedUrl("/login?signedUp"));
		this.mvc.perform(formLogin("/login").userParameter("email").user("long.korean@example.com").password(password))
			.andExpect(authenticated());
		// Only the last syllable differs: a hash that stopped at 72 bytes would let it
		// in.
		String lastDiffers = password.substring(0, password.length() - 1) + "네";
		this.mvc
			.perform(formLogin("/login").userParameter("email").user("long.korean@example.com").password(lastDiffers))
			.andExpect(unauthenticated());
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
