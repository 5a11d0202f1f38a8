package kr.valuemall.feed;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import kr.valuemall.web.SiteLinks;

/**
 * {@code /robots.txt}: everything shoppers may see is open to crawlers; carts, checkout,
 * orders, the seller centre, staff pages and the sign-in forms are not worth indexing.
 */
@Controller
class RobotsController {

	private final SiteLinks site;

	RobotsController(SiteLinks site) {
		this.site = site;
	}

	@GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		String body = """
				User-agent: *
				Allow: /
				Disallow: /cart
				Disallow: /checkout
				Disallow: /orders
				Disallow: /seller
				Disallow: /admin
				Disallow: /login
				Disallow: /signup

				Sitemap: %s
				""".formatted(this.site.absolute("/sitemap.xml"));
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(FeedResponses.CACHE)
			.body(body);
	}

}
