package kr.valuemall.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.header.HeaderWriter;

/**
 * Who may keep a page. A public page (nobody signed in) is {@code no-cache}: the browser
 * may keep it for the back button and must ask before showing it again, which an ETag
 * answers cheaply. A signed-in page is {@code private, no-store}: neither a shared cache
 * nor the browser's disk keeps someone's orders, which another person at the same
 * computer could reach with the back button after signing out. A response that already
 * says how to cache it (static files, downloads) keeps its own header.
 */
public final class PageCacheHeaders implements HeaderWriter {

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		if (response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
			return;
		}
		// The security context, not the request: this writer runs before the filter that
		// puts the signed-in user on the request.
		boolean signedIn = Viewer.isSignedIn();
		response.setHeader(HttpHeaders.CACHE_CONTROL, signedIn ? "private, no-store" : "no-cache");
		if (signedIn) {
			response.setHeader(HttpHeaders.PRAGMA, "no-cache");
			response.setDateHeader(HttpHeaders.EXPIRES, 0);
		}
	}

}
