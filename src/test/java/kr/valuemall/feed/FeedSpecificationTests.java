package kr.valuemall.feed;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;
import kr.valuemall.catalog.TestListings;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every row of the whole feeds checked field by field against the published
 * specifications (Naver Shopping EP 3.0; Google Merchant Center's product data
 * specification): required fields present, types and formats right, and no value a
 * spreadsheet would run as a formula. The feeds hold every other test's listings too, so
 * the checks hold for whatever listings exist, including hostile names made here.
 */
@IntegrationTest
class FeedSpecificationTests {

	/** EP 3.0: the fields a row must fill. */
	static final List<String> NAVER_REQUIRED = List.of("id", "title", "price_pc", "link", "image_link",
			"category_name1", "shipping");

	static final Pattern WHOLE_WON = Pattern.compile("0|[1-9][0-9]{0,11}");

	static final Pattern NAVER_ID = Pattern.compile("[A-Za-z0-9_-]{1,50}");

	static final Pattern URL = Pattern.compile("https?://\\S{1,247}");

	static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@].*", Pattern.DOTALL);

	static final Set<String> NAVER_CONDITIONS = Set.of("신상품", "중고", "리퍼", "전시", "반품", "스크래치");

	static final Pattern GOOGLE_PRICE = Pattern.compile("(0|[1-9][0-9]{0,11}) KRW");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	ApplicationContext context;

	TestListings listings;

	@BeforeEach
	void hostileListings() {
		this.listings = TestListings.in(this.context);
		OpenStore shop = this.stores.open("규격 공방");
		this.listings.live(shop.store(), "=HYPERLINK(\"http://evil.example\",\"도마\")", 15_000, 5, 0);
		this.listings.live(shop.store(), "+82 원목 쟁반", 22_000, 5, 3_000);
		this.listings.live(shop.store(), "@SUM 편백\t도마\n세트", 31_000, 5, 2_500);
	}

	@Test
	void everyRowOfTheNaverFeedsFollowsEp3() throws Exception {
		for (String path : List.of("/feeds/naver-ep.tsv", "/feeds/naver-ep-summary.tsv")) {
			List<String> lines = this.mvc.perform(get(path))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8)
				.lines()
				.toList();
			List<String> header = List.of(lines.get(0).split("\t", -1));
			assertThat(header).startsWith(NAVER_REQUIRED.toArray(String[]::new))
				.contains("review_count", "import_flag", "normal_price");
			assertThat(lines).as(path).hasSizeGreaterThan(1);
			for (Map<String, String> row : FeedTests.rows(header, lines.subList(1, lines.size())).values()) {
				String where = path + " " + row.get("id");
				assertThat(row.get("id")).as(where).matches(NAVER_ID);
				if ("D".equals(row.get("class"))) {
					assertThat(row.get("update_time")).as(where).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
					continue;
				}
				for (String field : NAVER_REQUIRED) {
					assertThat(row.get(field)).as(where + " " + field).isNotBlank();
				}
				assertThat(row.get("title").length()).as(where).isLessThanOrEqualTo(100);
				for (String money : List.of("price_pc", "normal_price", "shipping", "review_count", "seller_id")) {
					assertThat(row.get(money)).as(where + " " + money).matches(WHOLE_WON);
				}
				assertThat(Long.parseLong(row.get("price_pc"))).as(where).isPositive();
				for (String link : List.of("link", "mobile_link", "image_link")) {
					assertThat(row.get(link)).as(where + " " + link).matches(URL);
				}
				assertThat(row.get("condition")).as(where).isIn(NAVER_CONDITIONS);
				assertThat(row.get("import_flag")).as(where).isIn("", "Y");
				if (row.containsKey("class")) {
					assertThat(row.get("class")).as(where).isIn("I", "U");
				}
				row.forEach((field, value) -> assertThat(value).as(where + " " + field).doesNotMatch(FORMULA_START));
			}
		}
	}

	@Test
	void everyItemOfTheGoogleFeedFollowsTheMerchantSpecification() throws Exception {
		byte[] body = this.mvc.perform(get("/feeds/google-merchant.xml"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Document feed = FeedTests.parse(body);
		List<Element> items = FeedTests.elements(feed.getElementsByTagName("item"));
		assertThat(items).isNotEmpty();
		for (Element item : items) {
			String id = g(item, "id");
			assertThat(id).isNotBlank().hasSizeLessThanOrEqualTo(50);
			String title = text(item, "title");
			assertThat(title).as(id).isNotBlank().hasSizeLessThanOrEqualTo(150).doesNotMatch(FORMULA_START);
			assertThat(text(item, "description")).as(id)
				.isNotBlank()
				.hasSizeLessThanOrEqualTo(5000)
				.doesNotMatch(FORMULA_START);
			assertThat(text(item, "link")).as(id).matches(URL);
			assertThat(g(item, "image_link")).as(id).matches(URL);
			assertThat(g(item, "price")).as(id).matches(GOOGLE_PRICE);
			if (g(item, "sale_price") != null) {
				assertThat(g(item, "sale_price")).as(id).matches(GOOGLE_PRICE);
				assertThat(g(item, "sale_price_effective_date")).as(id)
					.matches(
							"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}/\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}");
			}
			assertThat(g(item, "availability")).as(id).isIn("in_stock", "out_of_stock", "preorder", "backorder");
			assertThat(g(item, "condition")).as(id).isIn("new", "refurbished", "used");
			NodeList shipping = item.getElementsByTagNameNS(FeedTests.G, "shipping");
			assertThat(shipping.getLength()).as(id).isEqualTo(1);
			assertThat(g((Element) shipping.item(0), "country")).as(id).isEqualTo("KR");
			assertThat(g((Element) shipping.item(0), "price")).as(id).matches(GOOGLE_PRICE);
		}
	}

	private static String g(Element parent, String name) {
		NodeList found = parent.getElementsByTagNameNS(FeedTests.G, name);
		return (found.getLength() > 0) ? found.item(0).getTextContent() : null;
	}

	private static String text(Element parent, String name) {
		return parent.getElementsByTagName(name).item(0).getTextContent();
	}

}
