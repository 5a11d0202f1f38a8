package kr.valuemall.shared.throttle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import kr.valuemall.shared.throttle.Throttles.Count;

/**
 * Applies {@link Throttled} to the handlers that carry it: a client still waiting gets
 * the 429 page (the mall's layout, {@code templates/error/429.html}) with a Retry-After
 * header and is not counted again; any other request is counted and goes ahead, valid or
 * not.
 */
class ThrottleInterceptor implements HandlerInterceptor {

	private final Throttles throttles;

	ThrottleInterceptor(Throttles throttles) {
		this.throttles = throttles;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		Throttled throttled = method.getMethodAnnotation(Throttled.class);
		if (throttled == null || !this.throttles.applies(request.getRemoteAddr())) {
			return true;
		}
		Duration wait = this.throttles.attempt(counts(throttled, request));
		if (!wait.isZero()) {
			Throttles.refuse(response, wait);
			return false;
		}
		return true;
	}

	private static List<Count> counts(Throttled throttled, HttpServletRequest request) {
		String rule = throttled.value();
		List<Count> counts = new ArrayList<>();
		String address = request.getRemoteAddr();
		counts.add(Count.of(rule, Throttles.key(rule, "address", address)));
		if (request.getUserPrincipal() != null) {
			counts.add(Count.of(rule, Throttles.key(rule, "account", request.getUserPrincipal().getName())));
		}
		if (!throttled.parameter().isEmpty()) {
			String value = request.getParameter(throttled.parameter());
			if (value != null && !value.isBlank()) {
				String typed = value.strip().toLowerCase(Locale.ROOT);
				String pair = Throttles.key(rule, "pair", typed + "\u0000" + address);
				counts.add(Count.of(rule, pair));
				// The typed value's own count holds back only the addresses that already
				// sent it: whoever floods one address's reset mails cannot keep its
				// holder
				// from asking for one.
				counts.add(new Count(rule, Throttles.key(rule, "parameter", typed), pair));
			}
		}
		return counts;
	}

}
