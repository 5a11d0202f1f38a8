package kr.valuemall.catalog.recent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import kr.valuemall.catalog.storefront.ProductCard;
import kr.valuemall.catalog.storefront.Storefront;

/**
 * 최근 본 상품: the last {@value #MAX} products a browser opened, newest first, kept in a
 * cookie of product ids. A product view writes nothing to the database and touches no
 * session (sessions are rows in PostgreSQL), so the product page stays as cheap as issue
 * 20 measured it; the cards are read only where the list is shown. The cookie is the
 * browser's, not the account's: signing out deletes it (SecurityConfig), so the next
 * person at a shared computer does not see it.
 */
@Component
public class RecentlyViewed {

	public static final String COOKIE = "recent";

	static final int MAX = 20;

	private static final Duration KEPT_FOR = Duration.ofDays(30);

	private final Storefront storefront;

	RecentlyViewed(Storefront storefront) {
		this.storefront = storefront;
	}

	/** Puts the product first on the browser's list. */
	public void viewed(long productId, HttpServletRequest request, HttpServletResponse response) {
		List<Long> ids = idsOf(request);
		if (!ids.isEmpty() && ids.get(0) == productId) {
			return;
		}
		Set<Long> next = new LinkedHashSet<>();
		next.add(productId);
		next.addAll(ids);
		write(next.stream().limit(MAX).toList(), request, response);
	}

	/** The live ones among the browser's recent products, newest first. */
	public List<ProductCard> cards(HttpServletRequest request, int howMany) {
		List<Long> ids = idsOf(request);
		// Most visitors have none: then no transaction is begun, so no connection waited
		// for on a busy home page.
		return ids.isEmpty() ? List.of() : this.storefront.liveCards(ids.stream().limit(howMany).toList());
	}

	void clear(HttpServletRequest request, HttpServletResponse response) {
		write(List.of(), request, response);
	}

	void remove(long productId, HttpServletRequest request, HttpServletResponse response) {
		List<Long> ids = new ArrayList<>(idsOf(request));
		ids.remove(productId);
		write(ids, request, response);
	}

	/** The ids in the cookie; anything else in it (tampered, truncated) is ignored. */
	static List<Long> idsOf(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return List.of();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null) {
				return parse(cookie.getValue());
			}
		}
		return List.of();
	}

	static List<Long> parse(String value) {
		Set<Long> ids = new LinkedHashSet<>();
		for (String part : value.split("-", MAX + 1)) {
			if (ids.size() == MAX) {
				break;
			}
			if (!part.isEmpty() && part.length() <= 18 && part.chars().allMatch(Character::isDigit)) {
				ids.add(Long.parseLong(part));
			}
		}
		return List.copyOf(ids);
	}

	private static void write(List<Long> ids, HttpServletRequest request, HttpServletResponse response) {
		String value = ids.stream().map(String::valueOf).collect(Collectors.joining("-"));
		ResponseCookie cookie = ResponseCookie.from(COOKIE, value)
			.path("/")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(ids.isEmpty() ? Duration.ZERO : KEPT_FOR)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

}
