package kr.valuemall.feed;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.catalog.TestListings;
import kr.valuemall.order.cart.ShippingPolicies;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * One shipping quote everywhere: for a seller with a free-shipping threshold, the product
 * page, its JSON-LD, both feeds and the cart say the same fee for one item, free from the
 * threshold on and the product's fee below it.
 */
@IntegrationTest
class ShippingQuoteAgreementTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ShippingPolicies policies;

	@Autowired
	ApplicationContext context;

	TestListings listings;

	@BeforeEach
	void listings() {
		this.listings = TestListings.in(this.context);
	}

	@Test
	void productPageJsonLdFeedsAndCartAgreeOnShipping() throws Exception {
		OpenStore shop = this.stores.open("무료배송 공방");
		this.policies.setThreshold(shop.store().sellerId(), 30_000L);
		long overThreshold = this.listings.live(shop.store(), "큰 원목 도마", 39_000, 5, 2_500);
		long underThreshold = this.listings.live(shop.store(), "작은 원목 도마", 12_000, 5, 2_500);

		Map<String, Map<String, String>> naver = naverRows();
		Map<String, Element> google = googleItems();
		for (long[] expected : new long[][] { { overThreshold, 0 }, { underThreshold, 2_500 } }) {
			long id = expected[0];
			long fee = expected[1];
			Document page = Jsoup.parse(this.mvc.perform(get("/products/" + id))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
			String shown = page.select(".facts div:has(dt:containsOwn(배송비)) dd").first().text();
			assertThat(shown).as("product page of %d", id).isEqualTo((fee == 0) ? "무료배송" : "2,500원");
			JsonNode jsonLd = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
			assertThat(jsonLd.at("/offers/shippingDetails/shippingRate/value").asLong()).as("JSON-LD of %d", id)
				.isEqualTo(fee);
			assertThat(naver.get(String.valueOf(id)).get("shipping")).as("Naver EP of %d", id)
				.isEqualTo(String.valueOf(fee));
			Element shipping = (Element) google.get(String.valueOf(id))
				.getElementsByTagNameNS(FeedTests.G, "shipping")
				.item(0);
			assertThat(shipping.getElementsByTagNameNS(FeedTests.G, "price").item(0).getTextContent())
				.as("Google of %d", id)
				.isEqualTo(fee + " KRW");
			assertThat(cartShipping(id)).as("cart of one %d", id).isEqualTo(fee);
		}
	}

	private long cartShipping(long productId) throws Exception {
		MallUser shopper = this.accounts.create("배송비 확인", Role.SHOPPER);
		this.mvc.perform(post("/cart/items").param("productId", Long.toString(productId))
			.param("quantity", "1")
			.with(csrf())
			.with(user(shopper)));
		Document cart = Jsoup.parse(this.mvc.perform(get("/cart").with(user(shopper)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		String total = cart.select(".cart-summary dl > div").get(1).select("dd").text();
		return Long.parseLong(total.replaceAll("[^0-9]", ""));
	}

	private Map<String, Map<String, String>> naverRows() throws Exception {
		List<String> lines = this.mvc.perform(get("/feeds/naver-ep.tsv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.toList();
		return FeedTests.rows(List.of(lines.get(0).split("\t", -1)), lines.subList(1, lines.size()));
	}

	private Map<String, Element> googleItems() throws Exception {
		byte[] body = this.mvc.perform(get("/feeds/google-merchant.xml"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return FeedTests.elements(FeedTests.parse(body).getElementsByTagName("item"))
			.stream()
			.collect(Collectors.toMap((item) -> item.getElementsByTagNameNS(FeedTests.G, "id").item(0).getTextContent(),
					Function.identity()));
	}

}
