package kr.valuemall.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Caching as fast sites do it. Stylesheets, scripts and images are served under names
 * that carry a hash of their content ({@code /css/mall-<md5>.css}, written into every
 * page by {@code @{...}}), so browsers and proxies keep them a year without asking; a
 * changed file has a new name. Pages carry an ETag, so a browser that asks again for an
 * unchanged page gets a bodiless 304; whether it may keep the page at all is
 * {@link PageCacheHeaders}' decision.
 */
@Configuration(proxyBeanMethods = false)
class HttpCaching implements WebMvcConfigurer {

	static final CacheControl STATIC_FILES = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	/** Just outside the ETag filter, which runs last (the lowest precedence). */
	static final int BROTLI_ORDER = Ordered.LOWEST_PRECEDENCE - 10;

	private final CompressedStaticFiles compressedFiles = new CompressedStaticFiles();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// The mall's own pictures sit directly in /images; product photos under
		// /images/products/ are the photo controller's. Mapping only /images/* keeps the
		// photo links a page writes from being looked up as files in the jar, a miss
		// that is never cached, several times on every page that shows photos.
		for (String pattern : new String[] { "css/**", "js/**", "images/*" }) {
			String folder = pattern.substring(0, pattern.indexOf('/'));
			registry.addResourceHandler("/" + pattern)
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(STATIC_FILES)
				.resourceChain(true)
				.addResolver(this.compressedFiles)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
	}

	/**
	 * Browsers (for a page that is not HTML, or an old one), feed readers and crawlers
	 * ask for {@code /favicon.ico} whatever a page links: sent on, once and for good, to
	 * the mall's icon instead of a 404 and a warning in the log for each new visitor.
	 */
	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/favicon.ico", "/images/favicon.svg")
			.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
	}

	/**
	 * Rewrites the links of pages to the hashed names of the files. Only links into the
	 * three folders above are looked up: Spring's own ResourceUrlEncodingFilter tries
	 * every link of a page (each product, each order) against Boot's catch-all handler, a
	 * class path lookup in the jar per link that cost a third of a checkout's CPU.
	 */
	@Bean
	FilterRegistrationBean<StaticFileLinks> staticFileLinks(ResourceUrlProvider mvcResourceUrlProvider) {
		return new FilterRegistrationBean<>(new StaticFileLinks(mvcResourceUrlProvider));
	}

	/**
	 * Brotli for pages, feeds and sitemaps, outside the ETag filter so the ETag is the
	 * uncompressed body's (made weak when compressed), inside the session and the request
	 * hygiene so their headers are set before the body.
	 */
	@Bean
	FilterRegistrationBean<BrotliResponses> brotliResponses() {
		FilterRegistrationBean<BrotliResponses> registration = new FilterRegistrationBean<>(new BrotliResponses());
		registration.setOrder(BROTLI_ORDER);
		return registration;
	}

	/**
	 * An ETag on pages, feeds and sitemaps: one computed from the body, so it is right
	 * whatever made the page. Static files have their own caching and are left out.
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new PageEtags());
		registration.addUrlPatterns("/*");
		return registration;
	}

	/**
	 * ETags of pages, from two checksums the processor computes in hardware (CRC-32C and
	 * CRC-32, 64 bits together) instead of MD5, which took a sixth of a busy home page's
	 * CPU. A tag only has to change when the page does; it is not a secret.
	 */
	static class PageEtags extends ShallowEtagHeaderFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String path = request.getRequestURI();
			return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/images/")
					|| path.startsWith("/actuator/");
		}

		@Override
		protected String generateETagHeaderValue(InputStream body, boolean isWeak) throws IOException {
			CRC32C first = new CRC32C();
			CRC32 second = new CRC32();
			byte[] buffer = new byte[8192];
			for (int read = body.read(buffer); read != -1; read = body.read(buffer)) {
				first.update(buffer, 0, read);
				second.update(buffer, 0, read);
			}
			String tag = "\"0" + HexFormat.of().toHexDigits(first.getValue() << 32 | second.getValue()) + "\"";
			return isWeak ? "W/" + tag : tag;
		}

	}

}
