package kr.valuemall.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the mall is reached from outside: canonical links, Open Graph tags, sitemaps,
 * feeds and QR codes need absolute URLs, and behind a load balancer the request's own
 * host is not to be trusted for them.
 *
 * @param baseUrl scheme and host (and port), without a trailing slash, e.g.
 * {@code https://www.valuemall.go.kr}
 */
@ConfigurationProperties("valuemall.site")
public record SiteProperties(@DefaultValue("http://localhost:8080") String baseUrl) {

	public SiteProperties {
		if (baseUrl == null || baseUrl.isBlank()) {
			baseUrl = "http://localhost:8080";
		}
		while (baseUrl.endsWith("/")) {
			baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
		}
	}

}
