package kr.valuemall.account;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kr.valuemall.ErrorPages;
import kr.valuemall.IntegrationTest;
import kr.valuemall.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kr.valuemall.account.membership.AccountService;

/**
 * Wrong passwords slow the guesser down and never lock the holder out: the counts go by
 * client address (each test its own documentation addresses, RFC 5737), the delays grow,
 * and the 429 page is the mall's.
 */
@IntegrationTest
class LoginThrottleTests {

	static final String PASSWORD = "correct-horse-9";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void tenWrongPasswordsFromOneAddressDoNotKeepTheHolderOutFromAnother() throws Exception {
		open("throttle.holder@example.com");
		String attacker = "203.0.113.10";
		for (int attempt = 1; attempt <= 5; attempt++) {
			login("throttle.holder@example.com", "guess-" + attempt, attacker).andExpect(redirectedUrl("/login?error"));
		}
		for (int attempt = 6; attempt <= 10; attempt++) {
			login("throttle.holder@example.com", "guess-" + attempt, attacker).andExpect(status().isTooManyRequests());
		}
		login("throttle.holder@example.com", PASSWORD, "198.51.100.20").andExpect(authenticated());
		// The guesser's own address waits, right password or not, and no longer than the
		// delay.
		login("throttle.holder@example.com", PASSWORD, attacker).andExpect(status().isTooManyRequests())
			.andExpect(unauthenticated());
		this.clock.advance(Duration.ofSeconds(31));
		login("throttle.holder@example.com", PASSWORD, attacker).andExpect(authenticated());
	}

	@Test
	void theDelayGrowsWithEachFurtherWrongPassword() throws Exception {
		open("throttle.grows@example.com");
		String address = "203.0.113.11";
		for (int attempt = 1; attempt <= 4; attempt++) {
			login("throttle.grows@example.com", "guess-" + attempt, address).andExpect(redirectedUrl("/login?error"));
		}
		// The fifth wrong password is answered as usual, and the next try must wait 30 s.
		login("throttle.grows@example.com", "guess-5", address).andExpect(redirectedUrl("/login?error"));
		login("throttle.grows@example.com", "guess-6", address).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "30"));
		this.clock.advance(Duration.ofSeconds(31));
		login("throttle.grows@example.com", "guess-6", address).andExpect(redirectedUrl("/login?error"));
		login("throttle.grows@example.com", "guess-7", address).andExpect(header().string("Retry-After", "60"));
		this.clock.advance(Duration.ofSeconds(61));
		login("throttle.grows@example.com", "guess-7", address).andExpect(redirectedUrl("/login?error"));
		login("throttle.grows@example.com", "guess-8", address).andExpect(header().string("Retry-After", "120"));
	}

	@Test
	void anUnknownAddressIsAnsweredExactlyAsAKnownOne() throws Exception {
		open("throttle.known@example.com");
		for (int attempt = 1; attempt <= 5; attempt++) {
			login("throttle.known@example.com", "guess-" + attempt, "203.0.113.12")
				.andExpect(redirectedUrl("/login?error"));
			login("throttle.nobody@example.com", "guess-" + attempt, "203.0.113.13")
				.andExpect(redirectedUrl("/login?error"));
		}
		login("throttle.known@example.com", "guess-6", "203.0.113.12").andExpect(status().isTooManyRequests());
		login("throttle.nobody@example.com", "guess-6", "203.0.113.13").andExpect(status().isTooManyRequests());
	}

	@Test
	void aSuccessfulLoginStartsTheAddressCountForTheAccountAgain() throws Exception {
		open("throttle.typo@example.com");
		String address = "203.0.113.14";
		for (int attempt = 1; attempt <= 4; attempt++) {
			login("throttle.typo@example.com", "guess-" + attempt, address).andExpect(redirectedUrl("/login?error"));
		}
		login("throttle.typo@example.com", PASSWORD, address).andExpect(authenticated());
		for (int attempt = 1; attempt <= 5; attempt++) {
			login("throttle.typo@example.com", "guess-" + attempt, address).andExpect(redirectedUrl("/login?error"));
		}
	}

	@Test
	void theWaitIsShownOnTheMallsOwnPageInKorean() throws Exception {
		open("throttle.page@example.com");
		String address = "203.0.113.15";
		for (int attempt = 1; attempt <= 5; attempt++) {
			login("throttle.page@example.com", "guess-" + attempt, address);
		}
		MvcResult refused = login("throttle.page@example.com", "guess-6", address).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(429);
		Document page = ErrorPages.shownFor(this.mvc, refused);
		assertThat(page.select("h1").text()).isEqualTo("요청이 너무 많습니다");
		assertThat(page.select("main").text()).contains("계정이 잠긴 것은 아닙니다");
		// The layout: the mall's header and its legal footer.
		assertThat(page.select("header")).isNotEmpty();
		assertThat(page.select("footer").text()).contains("가치몰 운영사무국");
	}

	@Test
	void guessesSpreadOverManyAddressesMeetTheAccountsCeilingButTheHolderDoesNot() throws Exception {
		open("throttle.spread@example.com");
		// 50 addresses, one wrong password each: the account's ceiling is reached.
		for (int i = 0; i < 50; i++) {
			login("throttle.spread@example.com", "guess-" + i, "192.0.2." + (i + 1))
				.andExpect(redirectedUrl("/login?error"));
		}
		// An address that has failed for the account now waits.
		login("throttle.spread@example.com", "guess-x", "192.0.2.1").andExpect(status().isTooManyRequests());
		// The holder, from an address that never failed for it, signs in.
		login("throttle.spread@example.com", PASSWORD, "198.51.100.77").andExpect(authenticated());
	}

	@Test
	void anOldBcryptHashSignsInAndIsReplacedWithArgon2() throws Exception {
		open("throttle.bcrypt@example.com");
		String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
		this.jdbc.sql("UPDATE user_account SET password_hash = :hash WHERE email = :email")
			.param("hash", bcrypt)
			.param("email", "throttle.bcrypt@example.com")
			.update();
		login("throttle.bcrypt@example.com", PASSWORD, "198.51.100.30").andExpect(authenticated());
		String stored = this.jdbc.sql("SELECT password_hash FROM user_account WHERE email = :email")
			.param("email", "throttle.bcrypt@example.com")
			.query(String.class)
			.single();
		assertThat(stored).startsWith("{argon2}").isNotEqualTo(bcrypt);
		login("throttle.bcrypt@example.com", PASSWORD, "198.51.100.30").andExpect(authenticated());
		login("throttle.bcrypt@example.com", "not-the-password", "198.51.100.30").andExpect(unauthenticated());
	}

	private void open(String email) {
		this.accounts.open(email, PASSWORD, "스로틀테스트", "010-0000-0000", Set.of(Role.SHOPPER), this.clock.instant());
	}

	private ResultActions login(String email, String password, String address) throws Exception {
		return this.mvc.perform(post("/login").param("email", email)
			.param("password", password)
			.with(csrf())
			.with(from(address))
			.characterEncoding(StandardCharsets.UTF_8));
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
