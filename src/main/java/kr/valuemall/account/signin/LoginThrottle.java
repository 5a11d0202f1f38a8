package kr.valuemall.account.signin;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import kr.valuemall.shared.throttle.Throttles;
import kr.valuemall.shared.throttle.Throttles.Count;

/**
 * Slows password guessing without locking anyone out. Wrong passwords are counted per
 * client address and e-mail together ({@code login-pair}: a few free, then growing
 * delays), per client address ({@code login-address}: many accounts tried from one
 * place), and per account from everywhere ({@code login-account}: a high ceiling with
 * short delays against guesses spread over many addresses). The account's ceiling holds
 * back only addresses that have already failed for it, so the holder signing in from
 * their own address is never kept out by someone else's guesses. Unknown and known
 * addresses are counted alike. The check runs before the password is looked at; a client
 * still waiting gets the 429 page.
 */
@Component
public class LoginThrottle {

	static final String PAIR = "login-pair";

	static final String ADDRESS = "login-address";

	static final String ACCOUNT = "login-account";

	/** The request Spring Security's form login handles (SecurityConfig). */
	private static final RequestMatcher LOGIN_FORM = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	private final Throttles throttles;

	LoginThrottle(Throttles throttles) {
		this.throttles = throttles;
	}

	/**
	 * Counts a login attempt before its password is looked at (so a burst sent at once is
	 * counted as it arrives), or answers how long the client must still wait.
	 */
	Duration attempt(HttpServletRequest request) {
		String address = request.getRemoteAddr();
		if (!this.throttles.applies(address)) {
			return Duration.ZERO;
		}
		String email = typedEmail(request);
		List<Count> counts = new ArrayList<>(List.of(Count.of(ADDRESS, addressKey(address))));
		if (!email.isEmpty()) {
			String pair = pairKey(email, address);
			counts.add(Count.of(PAIR, pair));
			counts.add(new Count(ACCOUNT, accountKey(email), pair));
		}
		return this.throttles.attempt(counts);
	}

	/**
	 * The holder got in: the attempt was not a guess. The count of this address for the
	 * account starts again; the address's and the account's counts lose this attempt
	 * only, or one good account would clear the way to guess at others.
	 */
	void succeeded(HttpServletRequest request, String email) {
		String address = request.getRemoteAddr();
		if (this.throttles.applies(address)) {
			String typed = email.strip().toLowerCase(Locale.ROOT);
			this.throttles.forget(pairKey(typed, address));
			this.throttles.refund(ADDRESS, addressKey(address));
			this.throttles.refund(ACCOUNT, accountKey(typed));
		}
	}

	/** The filter that answers 429 to a login form sent while its client must wait. */
	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !LOGIN_FORM.matches(request);
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Duration wait = attempt(request);
				if (!wait.isZero()) {
					Throttles.refuse(response, wait);
					return;
				}
				chain.doFilter(request, response);
			}

		};
	}

	private static String typedEmail(HttpServletRequest request) {
		String email = request.getParameter("email");
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

	private static String addressKey(String address) {
		return Throttles.key(ADDRESS, "address", address);
	}

	private static String accountKey(String email) {
		return Throttles.key(ACCOUNT, "account", email);
	}

	private static String pairKey(String email, String address) {
		return Throttles.key(PAIR, "pair", email + "\u0000" + address);
	}

}
