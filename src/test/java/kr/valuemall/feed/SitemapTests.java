package kr.valuemall.feed;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.ServletWebRequest;

import kr.valuemall.IntegrationTest;
import kr.valuemall.catalog.CategoryMenu;
import kr.valuemall.catalog.ListingFeed;
import kr.valuemall.catalog.TestListings;
import kr.valuemall.promotion.CampaignPages;
import kr.valuemall.promotion.TestCampaigns;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;
import kr.valuemall.web.SiteLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sitemap and robots.txt as search engines read them.
 */
@IntegrationTest
class SitemapTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	ApplicationContext context;

	@Autowired
	ListingFeed listingFeed;

	@Autowired
	CategoryMenu categories;

	@Autowired
	SiteLinks site;

	@Autowired
	CampaignPages campaignPages;

	@Autowired
	TestCampaigns campaigns;

	@Autowired
	Clock clock;

	@Test
	void theSitemapListsLiveListingsStoresAndCategoriesWithLastModified() throws Exception {
		TestListings listings = TestListings.in(this.context);
		OpenStore shop = this.stores.open("지도 공방");
		long live = listings.live(shop.store(), "지도 도마", 10_000, 5, 0);
		long held = listings.live(shop.store(), "숨은 도마", 10_000, 5, 0);
		listings.hold(held);
		OpenStore empty = this.stores.open("빈 가게");

		MockHttpServletResponse response = this.mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("application/xml");
		Document sitemap = FeedTests.parse(response.getContentAsByteArray());
		assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
		assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo(SitemapController.NS);
		List<Element> urls = FeedTests.elements(sitemap.getElementsByTagNameNS(SitemapController.NS, "url"));
		List<String> locs = urls.stream().map((url) -> child(url, "loc")).toList();
		assertThat(locs)
			.contains("http://localhost:8080/", "http://localhost:8080/products/" + live,
					"http://localhost:8080/stores/" + shop.store().slug(),
					"http://localhost:8080/products?category=chairs-stools",
					"http://localhost:8080/products?category=furniture-interior")
			.doesNotContain("http://localhost:8080/products/" + held,
					"http://localhost:8080/stores/" + empty.store().slug());
		Element product = urls.stream()
			.filter((url) -> child(url, "loc").endsWith("/products/" + live))
			.findFirst()
			.orElseThrow();
		assertThat(child(product, "lastmod")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
		assertThat(locs).doesNotHaveDuplicates();
	}

	@Test
	void runningAndUpcomingCampaignsAreListedAndAnEndedOneIsNot() throws Exception {
		Instant now = this.clock.instant();
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		campaign("sitemap-running-" + suffix, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(5)));
		campaign("sitemap-upcoming-" + suffix, now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(20)));
		campaign("sitemap-ended-" + suffix, now.minus(Duration.ofDays(20)), now.minus(Duration.ofDays(10)));

		MockHttpServletResponse response = this.mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		List<Element> urls = FeedTests.elements(
				FeedTests.parse(response.getContentAsByteArray()).getElementsByTagNameNS(SitemapController.NS, "url"));
		List<String> locs = urls.stream().map((url) -> child(url, "loc")).toList();
		assertThat(locs)
			.contains("http://localhost:8080/campaigns/sitemap-running-" + suffix,
					"http://localhost:8080/campaigns/sitemap-upcoming-" + suffix)
			.doesNotContain("http://localhost:8080/campaigns/sitemap-ended-" + suffix);
		Element running = urls.stream()
			.filter((url) -> child(url, "loc").endsWith("/campaigns/sitemap-running-" + suffix))
			.findFirst()
			.orElseThrow();
		assertThat(child(running, "lastmod")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

		// A new campaign changes the sitemap's ETag, so a crawler holding the old one
		// reads it again.
		String etag = response.getHeader("ETag");
		assertThat(this.mvc.perform(get("/sitemap.xml").header("If-None-Match", etag))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(304);
		campaign("sitemap-later-" + suffix, now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(40)));
		assertThat(this.mvc.perform(get("/sitemap.xml").header("If-None-Match", etag))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("/campaigns/sitemap-later-" + suffix);
	}

	private void campaign(String slug, Instant startsAt, Instant endsAt) {
		this.campaigns.create(slug, slug, startsAt, endsAt, 30, startsAt);
	}

	@Test
	void aboveTheLimitTheSitemapIsAnIndexOfFilesWithinTheLimit() throws Exception {
		TestListings listings = TestListings.in(this.context);
		OpenStore shop = this.stores.open("큰 지도 공방");
		for (int i = 0; i < 3; i++) {
			listings.live(shop.store(), "색인 도마 " + i, 10_000, 5, 0);
		}
		int perFile = 2;
		SitemapController small = new SitemapController(this.listingFeed, this.categories, this.campaignPages,
				this.site, new FeedProperties(perFile, Duration.ofHours(24)));
		long live = this.listingFeed.version().liveListings();

		Document index = FeedTests.parse(call((request, response) -> small.sitemap(request, response)));
		assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
		List<String> files = FeedTests.elements(index.getElementsByTagNameNS(SitemapController.NS, "sitemap"))
			.stream()
			.map((sitemap) -> child(sitemap, "loc"))
			.toList();
		long productFiles = (live + perFile - 1) / perFile;
		assertThat(files).hasSize((int) productFiles + 1)
			.contains("http://localhost:8080/sitemap-static.xml", "http://localhost:8080/sitemap-products-1.xml",
					"http://localhost:8080/sitemap-products-" + productFiles + ".xml");

		int listed = 0;
		for (int page = 1; page <= productFiles; page++) {
			int number = page;
			Document file = FeedTests
				.parse(call((request, response) -> small.productSitemap(number, request, response)));
			int urls = file.getElementsByTagNameNS(SitemapController.NS, "url").getLength();
			assertThat(urls).isLessThanOrEqualTo(perFile);
			listed += urls;
		}
		assertThat(listed).as("every live listing of an approved store, once")
			.isLessThanOrEqualTo((int) live)
			.isPositive();
		this.mvc.perform(get("/sitemap-products-999999.xml")).andExpect(status().isNotFound());
		assertThat(
				new String(call((request, response) -> small.staticSitemap(request, response)), StandardCharsets.UTF_8))
			.contains("/stores/" + shop.store().slug());
	}

	@Test
	void robotsKeepCrawlersOutOfPrivatePagesAndPointToTheSitemap() throws Exception {
		String robots = this.mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(robots.lines()).contains("User-agent: *", "Disallow: /cart", "Disallow: /checkout",
				"Disallow: /orders", "Disallow: /seller", "Disallow: /admin", "Disallow: /login",
				"Sitemap: http://localhost:8080/sitemap.xml");
		assertThat(robots).doesNotContain("Disallow: /products", "Disallow: /stores");
	}

	private static String child(Element parent, String name) {
		return parent.getElementsByTagNameNS(SitemapController.NS, name).item(0).getTextContent();
	}

	private static byte[] call(Handler handler) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sitemap.xml");
		MockHttpServletResponse response = new MockHttpServletResponse();
		handler.handle(new ServletWebRequest(request, response), response);
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsByteArray();
	}

	interface Handler {

		void handle(ServletWebRequest request, MockHttpServletResponse response) throws Exception;

	}

}
