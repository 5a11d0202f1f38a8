package kr.valuemall.shared.throttle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kr.valuemall.ErrorPages;
import kr.valuemall.IntegrationTest;
import kr.valuemall.TestClock;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forms that cost the mall or someone else when sent in bulk (sign-up, password reset
 * mails, reviews, import reports) answer 429 past their rule's free requests, per client
 * address, per signed-in account and per typed e-mail. Each test has its own
 * documentation addresses (RFC 5737).
 */
@IntegrationTest
class FormThrottleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	Throttles throttles;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void signUpsFromOneAddressAreThrottledAndTheWaitEnds() throws Exception {
		String address = "203.0.113.40";
		for (int i = 1; i <= 5; i++) {
			signUp("bulk-" + i + "@example.com", address).andExpect(status().is3xxRedirection());
		}
		MvcResult refused = signUp("bulk-6@example.com", address).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "60"))
			.andReturn();
		Document page = ErrorPages.shownFor(this.mvc, refused);
		assertThat(page.select("h1").text()).isEqualTo("요청이 너무 많습니다");
		// Another address is not held back.
		signUp("bulk-7@example.com", "203.0.113.41").andExpect(status().is3xxRedirection());
		this.clock.advance(Duration.ofSeconds(61));
		signUp("bulk-6@example.com", address).andExpect(status().is3xxRedirection());
	}

	@Test
	void resetMailsToOneAddressAreThrottledWithoutKeepingItsHolderFromAskingForOne() throws Exception {
		for (int i = 1; i <= 5; i++) {
			forgot("reset.target@example.com", "198.51.100." + (40 + i)).andExpect(status().is3xxRedirection());
		}
		// The mailbox has had its five: an address that already asked for it waits...
		forgot("reset.target@example.com", "198.51.100.41").andExpect(status().isTooManyRequests());
		// ...while the holder, asking from an address of their own, gets their link.
		forgot("reset.target@example.com", "198.51.100.50").andExpect(status().is3xxRedirection());
		forgot("reset.other@example.com", "198.51.100.41").andExpect(status().is3xxRedirection());
	}

	@Test
	void importReportsFromOneAccountAreThrottledWhateverTheAddress() throws Exception {
		MallUser shopper = this.accounts.create("신고 많은 회원");
		for (int i = 1; i <= 10; i++) {
			signedIn(post("/products/999999/import-reports").param("reason", ""), shopper, "192.0.2." + (100 + i))
				.andExpect(status().is3xxRedirection());
		}
		signedIn(post("/products/999999/import-reports").param("reason", ""), shopper, "192.0.2.120")
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void reviewsFromOneAccountAreThrottled() throws Exception {
		MallUser shopper = this.accounts.create("리뷰 많은 회원");
		for (int i = 1; i <= 20; i++) {
			MvcResult result = signedIn(post("/reviews/new").param("line", "999999"), shopper, "192.0.2.130")
				.andReturn();
			assertThat(result.getResponse().getStatus()).isNotEqualTo(429);
		}
		signedIn(post("/reviews/new").param("line", "999999"), shopper, "192.0.2.130")
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void aStolenSessionCannotGuessTheCurrentPasswordFreely() throws Exception {
		MallUser holder = this.accounts.create("세션 도난 회원");
		for (int i = 1; i <= 10; i++) {
			signedIn(post("/account/password").param("currentPassword", "guess-" + i)
				.param("newPassword", "river-stone-77")
				.param("newPasswordConfirm", "river-stone-77"), holder, "192.0.2.140").andExpect(status().isOk());
		}
		signedIn(post("/account/password").param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", "river-stone-77")
			.param("newPasswordConfirm", "river-stone-77"), holder, "192.0.2.141")
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void aBurstSentAtOnceIsCountedAsItArrivesOnEveryInstance() throws Exception {
		// Twenty requests at the same moment, on as many threads as an instance serves:
		// the check and the count are one step in PostgreSQL, so exactly the free five
		// pass.
		String key = Throttles.key("signup", "address", "203.0.113.99");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Duration>> answers = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return this.throttles.attempt(List.of(Throttles.Count.of("signup", key)));
				}));
			}
			start.countDown();
			int passed = 0;
			for (Future<Duration> answer : answers) {
				passed += answer.get(30, TimeUnit.SECONDS).isZero() ? 1 : 0;
			}
			assertThat(passed).isEqualTo(5);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void keysLeftAloneForADayAreDeletedAndRecentOnesStay() {
		String idle = Throttles.key("signup", "address", "203.0.113.201");
		String recent = Throttles.key("signup", "address", "203.0.113.202");
		this.throttles.attempt(List.of(Throttles.Count.of("signup", idle)));
		this.clock.advance(Duration.ofHours(25));
		this.throttles.attempt(List.of(Throttles.Count.of("signup", recent)));
		this.throttles.forgetIdleKeys();
		assertThat(rowExists(idle)).isFalse();
		assertThat(rowExists(recent)).isTrue();
	}

	private boolean rowExists(String key) {
		return this.jdbc.sql("SELECT count(*) > 0 FROM request_throttle WHERE throttle_key = :key")
			.param("key", key)
			.query(Boolean.class)
			.single();
	}

	private ResultActions signUp(String email, String address) throws Exception {
		return this.mvc.perform(post("/signup").with(csrf())
			.with(from(address))
			.param("email", email)
			.param("password", "maple-leaf-42")
			.param("passwordConfirm", "maple-leaf-42")
			.param("name", "김철수")
			.param("phone", "010-2222-3333")
			.param("agreeToTerms", "true")
			.param("agreeToPrivacy", "true"));
	}

	private ResultActions forgot(String email, String address) throws Exception {
		return this.mvc.perform(post("/password/forgot").with(csrf()).with(from(address)).param("email", email));
	}

	private ResultActions signedIn(MockHttpServletRequestBuilder request, MallUser user, String address)
			throws Exception {
		return this.mvc.perform(request.with(csrf()).with(user(user)).with(from(address)));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
