package kr.valuemall.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Writes a static file's link (as Thymeleaf's {@code @{/css/mall.css}} makes it) under
 * the file's content-hashed name, as Spring's ResourceUrlEncodingFilter does, but looks
 * up only links into the folders of static files: every other link of a page is left as
 * it is without a look-up.
 */
class StaticFileLinks extends OncePerRequestFilter {

	/** The folders of the static files, served by the resource chain (HttpCaching). */
	static final List<String> FOLDERS = List.of("/css/", "/js/", "/images/");

	/**
	 * Product photos, under the images folder's path but served from the database by the
	 * catalog, with their content hash in the path already.
	 */
	private static final String PRODUCT_PHOTOS = "/images/products/";

	private final ResourceUrlProvider urls;

	StaticFileLinks(ResourceUrlProvider urls) {
		this.urls = urls;
	}

	/** Whether a path (without the context path) is one of a static file. */
	static boolean isStaticFile(String path) {
		if (path.startsWith(PRODUCT_PHOTOS)) {
			return false;
		}
		for (String folder : FOLDERS) {
			if (path.startsWith(folder)) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new HttpServletResponseWrapper(response) {

			@Override
			public String encodeURL(String url) {
				return super.encodeURL(hashed(request, url));
			}

		});
	}

	private String hashed(HttpServletRequest request, String url) {
		String context = request.getContextPath();
		String path = url.startsWith(context) ? url.substring(context.length()) : url;
		if (!isStaticFile(path)) {
			return url;
		}
		String resolved = this.urls.getForRequestUrl(request, url);
		return (resolved != null) ? resolved : url;
	}

}
