package kr.valuemall.account;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import kr.valuemall.IntegrationTest;
import kr.valuemall.TestClock;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import kr.valuemall.account.membership.AccountService;

@IntegrationTest
class LoginTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Autowired
	AccountApi accountApi;

	@Test
	void theRightPasswordSignsInWhateverTheCaseOfTheAddress() throws Exception {
		open("login.right@example.com");
		long id = this.accountApi.findByEmail("login.right@example.com").orElseThrow().id();
		assertThat(this.accountApi.lastSignIns(Set.of(id))).isEmpty();
		java.time.Instant before = this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		login("Login.Right@example.com", "correct-horse-9").andExpect(authenticated().withRoles("SHOPPER"));
		// Staff see when a store's owner last signed in (the report's never-sold list).
		assertThat(this.accountApi.lastSignIns(Set.of(id)).get(id)).isBetween(before, this.clock.instant());
	}

	@Test
	void aWrongPasswordKeepsTheTypedAddress() throws Exception {
		open("login.wrong@example.com");
		MvcResult failed = login("login.wrong@example.com", "incorrect-horse").andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		String page = this.mvc.perform(get("/login?error").cookie(failed.getResponse().getCookies()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(page).getElementById("email").val()).isEqualTo("login.wrong@example.com");
		assertThat(Jsoup.parse(page).select("[role=alert]").text()).contains("이메일 또는 비밀번호가 올바르지 않습니다");
	}

	private void open(String email) {
		this.accounts.open(email, "correct-horse-9", "로그인테스트", "010-0000-0000", Set.of(Role.SHOPPER),
				this.clock.instant());
	}

	private ResultActions login(String email, String password) throws Exception {
		return this.mvc.perform(formLogin("/login").userParameter("email").user(email).password(password));
	}

}
