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

	private final ResourceUrlProvider urls;

	private final List<String> folders;

	StaticFileLinks(ResourceUrlProvider urls, String... folders) {
		this.urls = urls;
		this.folders = List.of(folders);
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
		for (String folder : this.folders) {
			if (path.startsWith(folder)) {
				String resolved = this.urls.getForRequestUrl(request, url);
				return (resolved != null) ? resolved : url;
			}
		}
		return url;
	}

}
