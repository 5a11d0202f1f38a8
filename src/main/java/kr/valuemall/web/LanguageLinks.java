package kr.valuemall.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The header's language switch: the page the visitor is on, in the other language. On an
 * error page it points at the address that failed, not at {@code /error}. Used from
 * templates as {@code @languageLinks}.
 */
@Component("languageLinks")
public class LanguageLinks {

	public String switchTo(String language) {
		HttpServletRequest request = currentRequest();
		if (request == null) {
			return "/?lang=" + language;
		}
		Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (failedUri != null) ? failedUri.toString() : request.getRequestURI();
		String query = (failedUri != null) ? null : request.getQueryString();
		if ("POST".equals(request.getMethod())) {
			query = null;
		}
		return UriComponentsBuilder.fromPath(path)
			.query(query)
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

	private static HttpServletRequest currentRequest() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest();
		}
		return null;
	}

}
