package kr.valuemall.account;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

import static org.assertj.core.api.Assertions.assertThat;

import kr.valuemall.account.signin.CsrfTokens;

class CsrfTokensTests {

	private final CsrfTokens tokens = new CsrfTokens();

	@Test
	void tokensAreLongRandomAndNeverRepeat() {
		Set<String> values = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			CsrfToken token = this.tokens.generateToken(new MockHttpServletRequest());
			assertThat(token.getToken()).matches("[A-Za-z0-9_-]{22}");
			assertThat(token.getParameterName()).isEqualTo("_csrf");
			assertThat(token.getHeaderName()).isEqualTo("X-XSRF-TOKEN");
			values.add(token.getToken());
		}
		assertThat(values).hasSize(10_000);
	}

	@Test
	void threadsDrawFromTheirOwnGeneratorsAndStillNeverRepeat() throws Exception {
		Set<String> values = ConcurrentHashMap.newKeySet();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		for (int i = 0; i < 8; i++) {
			threads.submit(() -> {
				for (int j = 0; j < 1_000; j++) {
					values.add(this.tokens.generateToken(new MockHttpServletRequest()).getToken());
				}
			});
		}
		threads.shutdown();
		assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		assertThat(values).hasSize(8_000);
	}

	@Test
	void theTokenIsKeptInAnHttpOnlyLaxCookieAndReadBack() {
		CsrfToken token = this.tokens.generateToken(new MockHttpServletRequest());
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.tokens.saveToken(token, new MockHttpServletRequest(), response);

		Cookie cookie = response.getCookie("XSRF-TOKEN");
		assertThat(cookie).isNotNull();
		assertThat(cookie.getValue()).isEqualTo(token.getToken());
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");

		MockHttpServletRequest next = new MockHttpServletRequest();
		next.setCookies(cookie);
		assertThat(this.tokens.loadToken(next).getToken()).isEqualTo(token.getToken());
	}

	@Test
	void eachPageGetsADifferentMaskOfTheSameTokenThatAFormPostResolves() {
		CsrfToken token = this.tokens.generateToken(new MockHttpServletRequest());
		XorCsrfTokenRequestAttributeHandler masking = CsrfTokens.masking();

		String first = maskedOnAPage(masking, token);
		String second = maskedOnAPage(masking, token);
		assertThat(first).isNotEqualTo(second).isNotEqualTo(token.getToken());

		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/cart");
		post.setParameter("_csrf", first);
		assertThat(masking.resolveCsrfTokenValue(post, token)).isEqualTo(token.getToken());
	}

	private static String maskedOnAPage(XorCsrfTokenRequestAttributeHandler masking, CsrfToken token) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		masking.handle(request, new MockHttpServletResponse(), () -> token);
		return ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken();
	}

}
