package kr.valuemall.catalog.storefront;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;
import kr.valuemall.TestClock;
import kr.valuemall.promotion.TestCampaigns;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import kr.valuemall.catalog.TestListings;

/**
 * The catalog shows the price the cart will charge: while a campaign runs for a product,
 * its card, its page and its search engine data show the campaign price beside the list
 * price struck through; before the campaign starts and from its end, the list price
 * alone.
 */
@IntegrationTest
class CampaignPriceDisplayTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	TestCampaigns campaigns;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationContext context;

	TestListings listings;

	@BeforeEach
	void listings() {
		this.listings = TestListings.in(this.context);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void cardsPagesAndJsonLdShowTheCampaignPriceOnlyWhileTheCampaignRuns() throws Exception {
		String word = "cpd" + UUID.randomUUID().toString().substring(0, 8);
		OpenStore shop = this.stores.open("기획전가 공방 " + word);
		long tray = this.listings.live(shop.store(), "편백 쟁반 " + word, 12_000, 5, 3_000);
		Instant now = this.clock.instant();
		long campaign = this.campaigns.create("가치 봄 세일 " + word, now.plus(Duration.ofHours(1)),
				now.plus(Duration.ofDays(2)), 30);
		// 12,000 to 10,900 is 9.17% off: shown as 9%, never rounded up to 10%.
		this.campaigns.joinAtPrice(campaign, tray, shop.store().sellerId(), 10_900);

		assertListPriceOnly(tray, word, shop);

		this.clock.advance(Duration.ofHours(1));
		Document page = page("/products/" + tray);
		Element price = page.selectFirst(".buy-box .price");
		assertThat(price.select("del.list-price").text()).isEqualTo("12,000원");
		assertThat(price.select(".visually-hidden").eachText()).containsExactly("정가", "기획전 가격");
		assertThat(price.select(".campaign-price").text()).isEqualTo("10,900원");
		assertThat(price.select(".campaign-off").text()).isEqualTo("9% 할인");
		// The price holds through the campaign's last day in Korea.
		String lastDay = java.time.LocalDate
			.ofInstant(now.plus(Duration.ofDays(2)).minusNanos(1), java.time.ZoneId.of("Asia/Seoul"))
			.toString();
		assertThat(page.select(".buy-box .campaign-badge").text())
			.isEqualTo("기획전: 가치 봄 세일 " + word + " " + lastDay + "까지 이 가격");
		assertThat(page.select(".buy-box .campaign-badge a").attr("href"))
			.isEqualTo("/campaigns/" + this.campaigns.slug(campaign));
		assertThat(page.select("head meta[property=product:price:amount]").attr("content")).isEqualTo("10900");
		JsonNode offer = jsonLd(page).path("offers");
		assertThat(offer.path("price").asLong()).isEqualTo(10_900);
		assertThat(offer.path("priceSpecification").path("priceType").asText())
			.isEqualTo("https://schema.org/StrikethroughPrice");
		assertThat(offer.path("priceSpecification").path("price").asLong()).isEqualTo(12_000);
		assertThat(offer.path("priceValidUntil").asText()).isEqualTo(lastDay);

		for (Element card : List.of(card("/products?q=" + word, tray), card("/stores/" + shop.store().slug(), tray))) {
			assertThat(card.select("del.list-price").text()).isEqualTo("12,000원");
			assertThat(card.select(".product-price .visually-hidden").eachText()).containsExactly("정가", "기획전 가격");
			assertThat(card.select(".campaign-price").text()).isEqualTo("10,900원");
			assertThat(card.select(".campaign-off").text()).isEqualTo("9% 할인");
			assertThat(card.select(".campaign-badge").text()).isEqualTo("기획전: 가치 봄 세일 " + word);
		}

		// The campaign ends at its end instant, as the cart's price does.
		this.clock.advance(Duration.ofDays(2).minus(Duration.ofHours(1)));
		assertListPriceOnly(tray, word, shop);
	}

	@Test
	void inEnglishTheLabelsAreEnglish() throws Exception {
		String word = "cpe" + UUID.randomUUID().toString().substring(0, 8);
		OpenStore shop = this.stores.open("영문 기획전 공방 " + word);
		long cup = this.listings.live(shop.store(), "백자 컵 " + word, 20_000, 5, 0);
		Instant now = this.clock.instant();
		long campaign = this.campaigns.create("Value Sale " + word, now.minus(Duration.ofHours(1)),
				now.plus(Duration.ofDays(1)), 30);
		this.campaigns.joinAtPercent(campaign, cup, shop.store().sellerId(), 15);

		Document page = page("/products/" + cup + "?lang=en");
		Element price = page.selectFirst(".buy-box .price");
		assertThat(price.select(".visually-hidden").eachText()).containsExactly("List price", "Campaign price");
		assertThat(price.select(".campaign-price").text()).isEqualTo("₩17,000");
		assertThat(price.select(".campaign-off").text()).isEqualTo("15% off");
		assertThat(page.select(".buy-box .campaign-badge").text()).startsWith("Campaign: Value Sale " + word)
			.contains("This price until ");
	}

	private void assertListPriceOnly(long productId, String word, OpenStore shop) throws Exception {
		Document page = page("/products/" + productId);
		assertThat(page.select(".buy-box .price").text()).isEqualTo("12,000원");
		assertThat(page.select(".buy-box del, .buy-box .campaign-badge, .buy-box .campaign-off")).isEmpty();
		assertThat(page.select("head meta[property=product:price:amount]").attr("content")).isEqualTo("12000");
		JsonNode offer = jsonLd(page).path("offers");
		assertThat(offer.path("price").asLong()).isEqualTo(12_000);
		assertThat(offer.has("priceSpecification")).isFalse();
		for (Element card : List.of(card("/products?q=" + word, productId),
				card("/stores/" + shop.store().slug(), productId))) {
			assertThat(card.select(".product-price").text()).isEqualTo("12,000원");
			assertThat(card.select("del, .campaign-badge, .campaign-off")).isEmpty();
		}
	}

	/** The card of this product on that page. */
	private Element card(String path, long productId) throws Exception {
		Element link = page(path).selectFirst("a.product-card-link[href=/products/" + productId + "]");
		assertThat(link).as("the product's card on " + path).isNotNull();
		return link;
	}

	private Document page(String path) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static JsonNode jsonLd(Document page) throws Exception {
		return new ObjectMapper().readTree(page.selectFirst("head script[type=application/ld+json]").data());
	}

}
