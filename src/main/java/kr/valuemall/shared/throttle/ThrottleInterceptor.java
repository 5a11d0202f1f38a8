package kr.valuemall.shared.throttle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applies {@link Throttled} to the handlers that carry it: a client still waiting gets
 * the 429 page (the mall's layout, {@code templates/error/429.html}) with a Retry-After
 * header and is not counted again; any other request is counted and goes ahead.
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
		List<String> keys = keys(throttled, request);
		Duration wait = this.throttles.waitFor(keys);
		if (!wait.isZero()) {
			Throttles.refuse(response, wait);
			return false;
		}
		this.throttles.strike(throttled.value(), keys);
		return true;
	}

	private static List<String> keys(Throttled throttled, HttpServletRequest request) {
		String rule = throttled.value();
		List<String> keys = new ArrayList<>();
		keys.add(Throttles.key(rule, "address", request.getRemoteAddr()));
		if (request.getUserPrincipal() != null) {
			keys.add(Throttles.key(rule, "account", request.getUserPrincipal().getName()));
		}
		if (!throttled.parameter().isEmpty()) {
			String value = request.getParameter(throttled.parameter());
			if (value != null && !value.isBlank()) {
				keys.add(Throttles.key(rule, "parameter", value.strip().toLowerCase(Locale.ROOT)));
			}
		}
		return keys;
	}

}
