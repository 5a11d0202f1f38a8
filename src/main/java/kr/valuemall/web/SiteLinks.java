package kr.valuemall.web;

import org.springframework.stereotype.Component;

/**
 * Absolute URLs of the mall's own pages. Used from templates as {@code @site}, e.g.
 * {@code th:with="url=${@site.absolute('/stores/' + store.slug())}"}.
 */
@Component("site")
public class SiteLinks {

	private final SiteProperties properties;

	SiteLinks(SiteProperties properties) {
		this.properties = properties;
	}

	public String baseUrl() {
		return this.properties.baseUrl();
	}

	/** The path (which must start with a slash) on the configured base URL. */
	public String absolute(String path) {
		if (path == null || path.isEmpty()) {
			return this.properties.baseUrl() + "/";
		}
		if (path.startsWith("http://") || path.startsWith("https://")) {
			return path;
		}
		return this.properties.baseUrl() + (path.startsWith("/") ? path : "/" + path);
	}

}
