package kr.valuemall.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;

/**
 * What a browser can send but the mall cannot read is settled here, before the session,
 * security and the controllers see it, so that none of them fails on it with a 500:
 * <ul>
 * <li>a body or query string the servlet container cannot parse (a multipart body without
 * a boundary or cut short, a broken percent escape): the visitor gets the 400 page, and
 * the error page itself is served with no parameters at all;</li>
 * <li>a NUL character in a parameter, which no text column of PostgreSQL can hold: it is
 * removed, so the form answers with its usual messages;</li>
 * <li>a {@code lang} cookie that is not one of the mall's languages, and a session cookie
 * that cannot be a session id: they are ignored as if they had not been sent.</li>
 * </ul>
 * It runs on error dispatches too, since the container hands the error page the original
 * request.
 */
class RequestHygieneFilter implements Filter {

	private static final Logger logger = LoggerFactory.getLogger(RequestHygieneFilter.class);

	/** Spring Session's cookie (Base64 of the session id, a UUID). */
	static final String SESSION_COOKIE = "SESSION";

	static final String LANGUAGE_COOKIE = "lang";

	private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=_-]{1,200}");

	private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9-]{1,100}");

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
			chain.doFilter(req, res);
			return;
		}
		HttpStatus unreadable = unreadable(request);
		if (unreadable != null && request.getDispatcherType() == DispatcherType.REQUEST) {
			response.sendError(unreadable.value());
			return;
		}
		chain.doFilter(new CleanRequest(request, unreadable == null), response);
	}

	/** Null when the container can read the request's parameters and parts. */
	static HttpStatus unreadable(HttpServletRequest request) {
		try {
			request.getParameterMap();
			String type = request.getContentType();
			if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
				request.getParts();
			}
			return null;
		}
		catch (IOException | ServletException | RuntimeException ex) {
			logger.debug("Refused a request whose parameters cannot be read: {}", ex.toString());
			return tooLarge(ex) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
		}
	}

	private static boolean tooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getSimpleName();
			if (name.contains("SizeLimitExceeded") || name.contains("CountLimitExceeded")) {
				return true;
			}
		}
		return false;
	}

	static boolean readableCookie(Cookie cookie) {
		String value = cookie.getValue();
		if (LANGUAGE_COOKIE.equals(cookie.getName())) {
			return value != null && WebConfig.SUPPORTED_LANGUAGES.contains(value);
		}
		if (SESSION_COOKIE.equals(cookie.getName())) {
			return plausibleSessionId(value);
		}
		return true;
	}

	private static boolean plausibleSessionId(String value) {
		if (value == null || !BASE64.matcher(value).matches()) {
			return false;
		}
		try {
			String id = new String(Base64.getDecoder().decode(value), StandardCharsets.ISO_8859_1);
			return SESSION_ID.matcher(id).matches();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	static String withoutNul(String value) {
		return (value != null && value.indexOf('\0') >= 0) ? value.replace("\0", "") : value;
	}

	/**
	 * The request as the mall reads it: without unusable cookies, without NUL characters
	 * in its parameters, and without any parameters or body when those cannot be read.
	 */
	static final class CleanRequest extends HttpServletRequestWrapper {

		private final boolean readable;

		private Map<String, String[]> parameters;

		CleanRequest(HttpServletRequest request, boolean readable) {
			super(request);
			this.readable = readable;
		}

		@Override
		public Cookie[] getCookies() {
			Cookie[] cookies = super.getCookies();
			if (cookies == null) {
				return null;
			}
			Cookie[] kept = Arrays.stream(cookies).filter(RequestHygieneFilter::readableCookie).toArray(Cookie[]::new);
			return (kept.length == cookies.length) ? cookies : kept;
		}

		@Override
		public String getContentType() {
			return this.readable ? super.getContentType() : null;
		}

		@Override
		public String getHeader(String name) {
			if (!this.readable && "content-type".equalsIgnoreCase(name)) {
				return null;
			}
			return super.getHeader(name);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			if (this.parameters == null) {
				this.parameters = this.readable ? cleaned(super.getParameterMap()) : Map.of();
			}
			return this.parameters;
		}

		@Override
		public String getParameter(String name) {
			String[] values = getParameterMap().get(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = getParameterMap().get(name);
			return (values != null) ? values.clone() : null;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

		private static Map<String, String[]> cleaned(Map<String, String[]> original) {
			boolean nul = original.entrySet()
				.stream()
				.anyMatch((entry) -> entry.getKey().indexOf('\0') >= 0 || Arrays.stream(entry.getValue())
					.anyMatch((value) -> value != null && value.indexOf('\0') >= 0));
			if (!nul) {
				return original;
			}
			Map<String, String[]> copy = new LinkedHashMap<>();
			original.forEach((name, values) -> copy.merge(withoutNul(name),
					Arrays.stream(values).map(RequestHygieneFilter::withoutNul).toArray(String[]::new),
					(a, b) -> concat(a, b)));
			return Collections.unmodifiableMap(copy);
		}

		private static String[] concat(String[] a, String[] b) {
			String[] both = Arrays.copyOf(a, a.length + b.length);
			System.arraycopy(b, 0, both, a.length, b.length);
			return both;
		}

	}

}
