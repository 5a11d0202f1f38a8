package kr.valuemall.feed;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * What every feed and sitemap response shares: an ETag derived from the live listings'
 * version, so that a crawler asking again with If-None-Match gets a 304 without a row
 * being streamed, and a buffered body.
 */
final class FeedResponses {

	static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic();

	private FeedResponses() {
	}

	/**
	 * Whether the crawler already has this version; if so the 304 is already set on the
	 * response.
	 */
	static boolean notModified(ServletWebRequest request, HttpServletResponse response, String etag) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE.getHeaderValue());
		return request.checkNotModified(etag);
	}

	static OutputStream body(HttpServletResponse response, String contentType) throws IOException {
		response.setContentType(contentType);
		response.setCharacterEncoding("UTF-8");
		return new BufferedOutputStream(response.getOutputStream(), 64 * 1024);
	}

}
