package kr.valuemall.account.signin;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * The visitors' CSRF tokens: kept in their own cookie by Spring Security's
 * {@link CookieCsrfTokenRepository}, but made, and masked on each page (the BREACH
 * defence of {@link XorCsrfTokenRequestAttributeHandler}), with a random generator of the
 * request's own thread.
 * <p>
 * Spring makes a token with {@code UUID.randomUUID()} and masks it with one shared
 * {@code SecureRandom}; on Linux every such generator reads {@code /dev/urandom} under
 * one lock for the whole JVM, so a page load of a visitor without the cookie (every load
 * of a load test, every first visit) queued behind every other. Each thread's generator
 * is a DRBG (NIST SP 800-90A) seeded from the system's entropy, as strong as the shared
 * one.
 */
public final class CsrfTokens implements CsrfTokenRepository {

	/** Spring Security's names, kept so that forms and scripts see no change. */
	static final String PARAMETER_NAME = "_csrf";

	static final String HEADER_NAME = "X-XSRF-TOKEN";

	/** 128 random bits, as many as a random UUID's 122. */
	private static final int TOKEN_BYTES = 16;

	private static final SecureRandom RANDOM = new PerThreadRandom();

	private final CookieCsrfTokenRepository cookie;

	public CsrfTokens() {
		this.cookie = new CookieCsrfTokenRepository();
		this.cookie.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		this.cookie.setParameterName(PARAMETER_NAME);
		this.cookie.setHeaderName(HEADER_NAME);
	}

	/** The handler that masks the token in each page, with the same per-thread random. */
	public static XorCsrfTokenRequestAttributeHandler masking() {
		XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
		handler.setSecureRandom(RANDOM);
		return handler;
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		byte[] bytes = new byte[TOKEN_BYTES];
		RANDOM.nextBytes(bytes);
		return new DefaultCsrfToken(HEADER_NAME, PARAMETER_NAME,
				Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		this.cookie.saveToken(token, request, response);
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return this.cookie.loadToken(request);
	}

	/**
	 * A {@code SecureRandom} whose bytes come from a DRBG of the calling thread's own
	 * (its other methods draw on {@code nextBytes}).
	 */
	static final class PerThreadRandom extends SecureRandom {

		private static final long serialVersionUID = 1L;

		private static final ThreadLocal<SecureRandom> OWN = ThreadLocal.withInitial(PerThreadRandom::drbg);

		@Override
		public void nextBytes(byte[] bytes) {
			OWN.get().nextBytes(bytes);
		}

		private static SecureRandom drbg() {
			try {
				return SecureRandom.getInstance("DRBG");
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("Java's DRBG is part of every JDK since 9", ex);
			}
		}

	}

}
