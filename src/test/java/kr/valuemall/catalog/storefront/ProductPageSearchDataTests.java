package kr.valuemall.catalog.storefront;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import kr.valuemall.catalog.TestListings;

/**
 * What search engines and link previews read from a product page's head, and what they
 * get for a listing that is not on sale.
 */
@IntegrationTest
class ProductPageSearchDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	ApplicationContext context;

	TestListings listings;

	@BeforeEach
	void listings() {
		this.listings = TestListings.in(this.context);
	}

	@Test
	void aProductPageCarriesJsonLdWithTheWholeWonPriceCanonicalLinkAndOpenGraph() throws Exception {
		OpenStore shop = this.stores.open("구조화 공방");
		long id = this.listings.live(shop.store(), "편백 도마 </script><script>alert(1)</script>", 59_000, 7, 3_000);

		String html = this.mvc.perform(get("/products/" + id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).as("a product name cannot close the JSON-LD script").doesNotContain("</script><script>alert");
		Document page = Jsoup.parse(html);
		String productUrl = "http://localhost:8080/products/" + id;
		assertThat(page.select("head link[rel=canonical]").attr("href")).isEqualTo(productUrl);
		assertThat(meta(page, "og:type")).isEqualTo("product");
		assertThat(meta(page, "og:url")).isEqualTo(productUrl);
		assertThat(meta(page, "og:title")).isEqualTo("편백 도마 </script><script>alert(1)</script>");
		assertThat(meta(page, "og:image")).startsWith("http://localhost:8080/images/products/");

		Element script = page.selectFirst("head script[type=application/ld+json]");
		assertThat(script).isNotNull();
		JsonNode json = new ObjectMapper().readTree(script.data());
		assertThat(json.path("@type").asText()).isEqualTo("Product");
		assertThat(json.path("name").asText()).isEqualTo("편백 도마 </script><script>alert(1)</script>");
		assertThat(json.path("sku").asText()).isEqualTo(String.valueOf(id));
		assertThat(json.path("brand").path("name").asText()).isEqualTo("박공방");
		assertThat(json.path("countryOfOrigin").path("name").asText()).isEqualTo("KR");
		assertThat(json.path("image").get(0).asText()).startsWith("http://localhost:8080/images/products/");
		JsonNode offer = json.path("offers");
		assertThat(offer.path("price").isIntegralNumber()).as("price is a whole number").isTrue();
		assertThat(offer.path("price").asLong()).isEqualTo(59_000);
		assertThat(offer.path("priceCurrency").asText()).isEqualTo("KRW");
		assertThat(offer.path("availability").asText()).isEqualTo("https://schema.org/InStock");
		assertThat(offer.path("seller").path("name").asText()).isEqualTo("구조화 공방");
		// Members in the order written, the same on every start and every instance (so is
		// the page's ETag): Map.of's order changed from one start to the next.
		assertThat(script.data()).contains("\"brand\":{\"@type\":\"Brand\",\"name\":\"박공방\"}")
			.contains("\"seller\":{\"@type\":\"Organization\",\"name\":\"구조화 공방\",\"url\":");
		assertThat(offer.path("url").asText()).isEqualTo(productUrl);
		assertThat(json.has("aggregateRating")).as("no rating without reviews").isFalse();

		// Full breadcrumbs: home, the categories down to the product's, the product; the
		// same trail for search engines.
		List<String> crumbs = page.select("nav.breadcrumb li a").eachText();
		assertThat(crumbs).hasSizeGreaterThanOrEqualTo(3);
		assertThat(crumbs.get(0)).isEqualTo("홈");
		assertThat(crumbs.get(crumbs.size() - 1)).isEqualTo("편백 도마 </script><script>alert(1)</script>");
		assertThat(page.select("nav.breadcrumb a[aria-current=page]").eachText())
			.containsExactly("편백 도마 </script><script>alert(1)</script>");
		assertThat(page.select("nav.breadcrumb").attr("aria-label")).isEqualTo("현재 위치");
		JsonNode trail = new ObjectMapper()
			.readTree(page.select("head script[type=application/ld+json]").get(1).data());
		assertThat(trail.path("@type").asText()).isEqualTo("BreadcrumbList");
		List<String> names = new ArrayList<>();
		trail.path("itemListElement").forEach((item) -> {
			assertThat(item.path("position").asInt()).isEqualTo(names.size() + 1);
			names.add(item.path("name").asText());
		});
		assertThat(names).isEqualTo(crumbs);
		JsonNode last = trail.path("itemListElement").get(names.size() - 1);
		assertThat(last.path("item").asText()).isEqualTo(productUrl);
		assertThat(trail.path("itemListElement").get(0).path("item").asText()).isEqualTo("http://localhost:8080/");
	}

	@Test
	void aSoldOutProductIsOutOfStockInItsOffer() throws Exception {
		OpenStore shop = this.stores.open("품절 공방");
		long id = this.listings.live(shop.store(), "다 팔린 소반", 120_000, 0, 0);
		Document page = Jsoup.parse(this.mvc.perform(get("/products/" + id))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		JsonNode json = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
		assertThat(json.path("offers").path("availability").asText()).isEqualTo("https://schema.org/OutOfStock");
	}

	@Test
	void heldListingsAre404AndListingsTakenOffSaleOrRefusedAreGone() throws Exception {
		OpenStore shop = this.stores.open("내린 공방");
		long held = this.listings.live(shop.store(), "검수 중 의자", 10_000, 1, 0);
		this.listings.hold(held);
		long unpublished = this.listings.live(shop.store(), "내린 의자", 10_000, 1, 0);
		this.listings.unpublish(unpublished);
		long rejected = this.listings.live(shop.store(), "반려된 의자", 10_000, 1, 0);
		this.listings.reject(rejected);

		this.mvc.perform(get("/products/" + held)).andExpect(status().isNotFound());
		this.mvc.perform(get("/products/" + unpublished)).andExpect(status().isGone());
		this.mvc.perform(get("/products/" + rejected)).andExpect(status().isGone());
		this.mvc.perform(get("/products/987654321")).andExpect(status().isNotFound());
	}

	@Test
	void homeCategoryAndStorePagesHaveCanonicalLinks() throws Exception {
		OpenStore shop = this.stores.open("정규 주소 가게");
		this.listings.live(shop.store(), "정규 의자", 10_000, 1, 0);
		assertThat(canonical("/")).isEqualTo("http://localhost:8080/");
		assertThat(canonical("/products?category=chairs-stools&sort=price-asc"))
			.isEqualTo("http://localhost:8080/products?category=chairs-stools");
		assertThat(canonical("/stores/" + shop.store().slug()))
			.isEqualTo("http://localhost:8080/stores/" + shop.store().slug());
		assertThat(canonical("/products?q=의자")).as("search results have none").isEmpty();
	}

	private String canonical(String path) throws Exception {
		Document page = Jsoup
			.parse(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("head link[rel=canonical]").size()).isLessThanOrEqualTo(1);
		return page.select("head link[rel=canonical]").attr("href");
	}

	private static String meta(Document page, String property) {
		return page.select("head meta[property=" + property + "]").attr("content");
	}

}
