package kr.valuemall.order.cart;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import kr.valuemall.account.MallUser;

/**
 * Whose cart a request is about: the signed-in account's, or the browser's, remembered by
 * a random token in a cookie for 30 days so a visitor's cart survives closing the
 * browser.
 */
final class CartCookie {

	static final String NAME = "cart";

	private static final Duration KEPT = Duration.ofDays(30);

	private CartCookie() {
	}

	/** The owner for reading: empty when an anonymous browser has no cart yet. */
	static Optional<CartOwner> current(HttpServletRequest request) {
		Optional<Long> account = signedIn();
		if (account.isPresent()) {
			return account.map(CartOwner::account);
		}
		return token(request).map(CartOwner::browser);
	}

	/** The owner for adding: gives an anonymous browser a cart token when it has none. */
	static CartOwner currentOrNew(HttpServletRequest request, HttpServletResponse response) {
		return current(request).orElseGet(() -> {
			UUID token = UUID.randomUUID();
			write(response, token.toString(), KEPT);
			return CartOwner.browser(token);
		});
	}

	static Optional<UUID> token(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		return Arrays.stream(cookies)
			.filter((cookie) -> NAME.equals(cookie.getName()))
			.map(Cookie::getValue)
			.flatMap((value) -> parse(value).stream())
			.findFirst();
	}

	static void forget(HttpServletResponse response) {
		write(response, "", Duration.ZERO);
	}

	static Optional<Long> signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof MallUser user) {
			return Optional.of(user.getId());
		}
		return Optional.empty();
	}

	private static Optional<UUID> parse(String value) {
		try {
			return Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static void write(HttpServletResponse response, String value, Duration maxAge) {
		ResponseCookie cookie = ResponseCookie.from(NAME, value)
			.path("/")
			.httpOnly(true)
			.sameSite("Lax")
			.maxAge(maxAge)
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
	}

}
