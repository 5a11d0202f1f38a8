package kr.valuemall.feed;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.catalog.listing.ProductOptions;
import kr.valuemall.catalog.listing.ProductSkus;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;
import kr.valuemall.TestClock;
import kr.valuemall.catalog.TestListings;
import kr.valuemall.promotion.TestCampaigns;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;
import kr.valuemall.web.DateTimeDisplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Naver EP feeds and the Google Merchant feed as the crawlers read them.
 */
@IntegrationTest
class FeedTests {

	static final String G = "http://base.google.com/ns/1.0";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestCampaigns campaigns;

	TestListings listings;

	@BeforeEach
	void listings() {
		this.listings = TestListings.in(this.context);
	}

	@Test
	void theNaverFeedHasTheHeaderAndOneCleanRowPerLiveListingInStock() throws Exception {
		OpenStore shop = this.stores.open("피드 공방");
		long live = this.listings.live(shop.store(), "편백\t도마\n대형", 39_000, 5, 0);
		long paid = this.listings.live(shop.store(), "참나무 쟁반", 25_000, 5, 3_000);
		long held = this.listings.live(shop.store(), "검수 중 도마", 19_000, 5, 0);
		this.listings.hold(held);
		long soldOut = this.listings.live(shop.store(), "다 팔린 도마", 19_000, 0, 0);
		long noPicture = this.listings.liveWithoutImage(shop.store(), "사진 없는 도마", 19_000);

		MockHttpServletResponse response = this.mvc.perform(get("/feeds/naver-ep.tsv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("text/tab-separated-values");
		List<String> lines = response.getContentAsString(StandardCharsets.UTF_8).lines().toList();
		List<String> header = List.of(lines.get(0).split("\t", -1));
		assertThat(header).startsWith("id", "title", "price_pc", "link", "image_link", "category_name1", "shipping")
			.contains("origin", "maker", "import_flag", "seller_id", "mobile_link", "category_name2");
		for (String line : lines.subList(1, lines.size())) {
			assertThat(line.split("\t", -1)).as(line).hasSize(header.size());
		}
		Map<String, Map<String, String>> rows = rows(header, lines.subList(1, lines.size()));
		assertThat(rows.keySet()).contains(String.valueOf(live), String.valueOf(paid))
			.doesNotContain(String.valueOf(held), String.valueOf(soldOut), String.valueOf(noPicture));
		assertThat(lines.stream().filter((line) -> line.startsWith(live + "\t"))).hasSize(1);

		Map<String, String> row = rows.get(String.valueOf(live));
		assertThat(row.get("title")).isEqualTo("편백 도마 대형");
		assertThat(row.get("price_pc")).isEqualTo("39000");
		assertThat(row.get("link")).isEqualTo("http://localhost:8080/products/" + live);
		assertThat(row.get("image_link")).startsWith("http://localhost:8080/images/products/");
		assertThat(row.get("category_name1")).isEqualTo("가구/인테리어");
		assertThat(row.get("category_name2")).isEqualTo("의자/스툴");
		assertThat(row.get("shipping")).isEqualTo("0");
		assertThat(row.get("maker")).isEqualTo("박공방");
		assertThat(row.get("origin")).isEqualTo("국내산(경기도)");
		// Defined only as Y (imported): left empty for a listing made in Korea.
		assertThat(row.get("import_flag")).isEmpty();
		assertThat(row.get("review_count")).isEqualTo("0");
		assertThat(row.get("seller_id")).isEqualTo(String.valueOf(shop.store().sellerId()));
		assertThat(rows.get(String.valueOf(paid)).get("shipping")).isEqualTo("3000");
	}

	@Test
	void aListingWithOptionsIsOneNaverRowAtItsLowestPriceAndOneGoogleItemPerOptionInItsGroup() throws Exception {
		OpenStore shop = this.stores.open("옵션 피드 농장");
		long tangerine = this.listings.live(shop.store(), "제주 한라봉", 30_000, 0, 0);
		new TransactionTemplate(this.context.getBean(PlatformTransactionManager.class))
			.executeWithoutResult((status) -> this.context.getBean(ProductSkus.class)
				.replace(tangerine,
						new ProductOptions("중량", null,
								List.of(new ProductOptions.Sku("1kg", null, -18_000, 0),
										new ProductOptions.Sku("3kg", null, 0, 4),
										new ProductOptions.Sku("5kg", null, 15_000, 2)))));

		List<String> lines = this.mvc.perform(get("/feeds/naver-ep.tsv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.toList();
		assertThat(lines.stream().filter((line) -> line.startsWith(tangerine + "\t"))).hasSize(1);
		Map<String, Map<String, String>> rows = rows(List.of(lines.get(0).split("\t", -1)),
				lines.subList(1, lines.size()));
		// 1kg (12,000) is sold out: the lowest price on offer is 3kg's.
		assertThat(rows.get(String.valueOf(tangerine))).containsEntry("price_pc", "30000");

		List<Element> items = elements(parse(
				this.mvc.perform(get("/feeds/google-merchant.xml")).andReturn().getResponse().getContentAsByteArray())
			.getElementsByTagName("item")).stream()
			.filter((item) -> String.valueOf(tangerine).equals(g(item, "item_group_id")))
			.toList();
		assertThat(items).extracting((item) -> g(item, "price")).containsExactly("12000 KRW", "30000 KRW", "45000 KRW");
		assertThat(items).extracting((item) -> g(item, "availability"))
			.containsExactly("out_of_stock", "in_stock", "in_stock");
		assertThat(items).extracting((item) -> g(item, "id"))
			.doesNotHaveDuplicates()
			.allSatisfy((id) -> assertThat(id).startsWith(tangerine + "-"));
		assertThat(items.get(2).getElementsByTagName("title").item(0).getTextContent()).isEqualTo("제주 한라봉 5kg");
	}

	@Test
	void whileACampaignRunsTheFeedsGiveItsPriceAndTheListPrice() throws Exception {
		OpenStore shop = this.stores.open("행사 피드 공방");
		long onSale = this.listings.live(shop.store(), "행사 편백 도마", 20_000, 5, 0);
		long notOnSale = this.listings.live(shop.store(), "보통 편백 도마", 20_000, 5, 0);
		String before = this.mvc.perform(get("/feeds/google-merchant.xml")).andReturn().getResponse().getHeader("ETag");
		// A campaign that began yesterday and ends in a week (Korean midnights), 15% off.
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), DateTimeDisplay.SEOUL);
		long campaign = this.campaigns.create("피드 세일",
				today.minusDays(1).atStartOfDay(DateTimeDisplay.SEOUL).toInstant(),
				today.plusDays(7).atStartOfDay(DateTimeDisplay.SEOUL).toInstant(), 30);
		this.campaigns.joinAtPercent(campaign, onSale, shop.store().sellerId(), 15);

		List<String> lines = this.mvc.perform(get("/feeds/naver-ep.tsv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.toList();
		Map<String, Map<String, String>> rows = rows(List.of(lines.get(0).split("\t", -1)),
				lines.subList(1, lines.size()));
		assertThat(rows.get(String.valueOf(onSale))).containsEntry("price_pc", "17000")
			.containsEntry("normal_price", "20000");
		assertThat(rows.get(String.valueOf(notOnSale))).containsEntry("price_pc", "20000")
			.containsEntry("normal_price", "20000");

		MockHttpServletResponse google = this.mvc
			.perform(get("/feeds/google-merchant.xml").header("If-None-Match", before))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		Map<String, Element> items = elements(parse(google.getContentAsByteArray()).getElementsByTagName("item"))
			.stream()
			.collect(Collectors.toMap((item) -> g(item, "id"), Function.identity()));
		Element item = items.get(String.valueOf(onSale));
		assertThat(g(item, "price")).isEqualTo("20000 KRW");
		assertThat(g(item, "sale_price")).isEqualTo("17000 KRW");
		assertThat(g(item, "sale_price_effective_date"))
			.isEqualTo(today.minusDays(1) + "T00:00+09:00/" + today.plusDays(7) + "T00:00+09:00");
		assertThat(items.get(String.valueOf(notOnSale)).getElementsByTagNameNS(G, "sale_price").getLength()).isZero();
	}

	@Test
	void theSummaryFeedListsPricesThatACampaignStartingOrEndingChanged() throws Exception {
		OpenStore shop = this.stores.open("요약 행사 공방");
		long starting = this.listings.live(shop.store(), "요약 시작 도마", 30_000, 5, 0);
		long ending = this.listings.live(shop.store(), "요약 종료 도마", 30_000, 5, 0);
		long untouched = this.listings.live(shop.store(), "요약 그대로 도마", 30_000, 5, 0);
		// Listed three days ago and not edited since: outside the summary's window.
		this.jdbc.update("UPDATE product SET updated_at = updated_at - interval '3 days' WHERE id IN (?, ?, ?)",
				starting, ending, untouched);
		this.jdbc.update(
				"UPDATE listing_feed_change SET changed_at = changed_at - interval '3 days' WHERE product_id IN (?, ?, ?)",
				starting, ending, untouched);
		Instant now = this.clock.instant();
		Instant started = now.minus(Duration.ofHours(2));
		Instant ended = now.minus(Duration.ofHours(1));
		long running = campaignWith(starting, shop, started, now.plus(Duration.ofDays(5)),
				now.minus(Duration.ofDays(3)));
		campaignWith(ending, shop, now.minus(Duration.ofDays(10)), ended, now.minus(Duration.ofDays(10)));

		List<String> lines = this.mvc.perform(get("/feeds/naver-ep-summary.tsv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.toList();
		Map<String, Map<String, String>> rows = rows(List.of(lines.get(0).split("\t", -1)),
				lines.subList(1, lines.size()));
		assertThat(rows.get(String.valueOf(starting))).as("campaign %d started", running)
			.containsEntry("class", "U")
			.containsEntry("price_pc", "27000")
			.containsEntry("normal_price", "30000")
			.containsEntry("update_time", NaverShoppingFeed.UPDATE_TIME.format(started));
		assertThat(rows.get(String.valueOf(ending))).containsEntry("class", "U")
			.containsEntry("price_pc", "30000")
			.containsEntry("update_time", NaverShoppingFeed.UPDATE_TIME.format(ended));
		assertThat(rows).doesNotContainKey(String.valueOf(untouched));
	}

	private long campaignWith(long productId, OpenStore shop, Instant startsAt, Instant endsAt, Instant joinedAt) {
		long campaign = this.campaigns.create("요약 세일", "summary-sale-" + System.nanoTime() % 1_000_000_000L, startsAt,
				endsAt, 30, joinedAt);
		this.campaigns.joinAtPercent(campaign, productId, shop.store().sellerId(), 10, joinedAt);
		return campaign;
	}

	@Test
	void feedsAnswer304ToTheirOwnETagUntilAListingChanges() throws Exception {
		OpenStore shop = this.stores.open("이태그 공방");
		long id = this.listings.live(shop.store(), "이태그 도마", 10_000, 5, 0);
		for (String path : List.of("/feeds/naver-ep.tsv", "/feeds/naver-ep-summary.tsv", "/feeds/google-merchant.xml",
				"/sitemap.xml")) {
			String etag = this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getHeader("ETag");
			assertThat(etag).as(path).isNotBlank();
			MockHttpServletResponse again = this.mvc.perform(get(path).header("If-None-Match", etag))
				.andExpect(status().isNotModified())
				.andReturn()
				.getResponse();
			assertThat(again.getContentAsByteArray()).as(path).isEmpty();
		}
		String before = this.mvc.perform(get("/feeds/naver-ep.tsv")).andReturn().getResponse().getHeader("ETag");
		this.clock.advance(Duration.ofSeconds(2));
		try {
			this.listings.hold(id);
		}
		finally {
			this.clock.reset();
		}
		this.mvc.perform(get("/feeds/naver-ep.tsv").header("If-None-Match", before)).andExpect(status().isOk());
	}

	@Test
	void theSummaryFeedSaysWhatCameChangedAndWent() throws Exception {
		OpenStore shop = this.stores.open("요약 공방");
		long came = this.listings.live(shop.store(), "새로 온 도마", 10_000, 5, 0);
		long went = this.listings.live(shop.store(), "내려간 도마", 10_000, 5, 0);
		this.listings.unpublish(went);

		List<String> lines = this.mvc.perform(get("/feeds/naver-ep-summary.tsv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.toList();
		List<String> header = List.of(lines.get(0).split("\t", -1));
		assertThat(header).startsWith("id", "title", "price_pc").endsWith("class", "update_time");
		Map<String, Map<String, String>> rows = rows(header, lines.subList(1, lines.size()));
		assertThat(rows.get(String.valueOf(came)).get("class")).isEqualTo("I");
		assertThat(rows.get(String.valueOf(came)).get("title")).isEqualTo("새로 온 도마");
		assertThat(rows.get(String.valueOf(went)).get("class")).isEqualTo("D");
		assertThat(rows.get(String.valueOf(went)).get("update_time"))
			.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
	}

	@Test
	void theGoogleFeedIsRssWithTheMerchantFields() throws Exception {
		OpenStore shop = this.stores.open("구글 공방");
		long live = this.listings.live(shop.store(), "호두나무 & 도마 <대>", 12_000, 5, 2_500);
		long soldOut = this.listings.live(shop.store(), "다 팔린 쟁반", 8_000, 0, 0);
		long held = this.listings.live(shop.store(), "검수 중 쟁반", 8_000, 5, 0);
		this.listings.hold(held);

		byte[] body = this.mvc.perform(get("/feeds/google-merchant.xml"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Document feed = parse(body);
		assertThat(feed.getDocumentElement().getTagName()).isEqualTo("rss");
		assertThat(feed.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
		Map<String, Element> items = elements(feed.getElementsByTagName("item")).stream()
			.collect(Collectors.toMap((item) -> g(item, "id"), Function.identity()));
		assertThat(items).containsKeys(String.valueOf(live), String.valueOf(soldOut))
			.doesNotContainKey(String.valueOf(held));
		Element item = items.get(String.valueOf(live));
		assertThat(text(item, "title")).isEqualTo("호두나무 & 도마 <대>");
		assertThat(text(item, "link")).isEqualTo("http://localhost:8080/products/" + live);
		assertThat(text(item, "description")).isNotBlank();
		assertThat(g(item, "image_link")).startsWith("http://localhost:8080/images/products/");
		assertThat(g(item, "price")).isEqualTo("12000 KRW");
		assertThat(g(item, "availability")).isEqualTo("in_stock");
		assertThat(g(item, "condition")).isEqualTo("new");
		assertThat(g(item, "brand")).isEqualTo("박공방");
		Element shipping = (Element) item.getElementsByTagNameNS(G, "shipping").item(0);
		assertThat(g(shipping, "country")).isEqualTo("KR");
		assertThat(g(shipping, "price")).isEqualTo("2500 KRW");
		assertThat(g(items.get(String.valueOf(soldOut)), "availability")).isEqualTo("out_of_stock");
	}

	static Map<String, Map<String, String>> rows(List<String> header, List<String> lines) {
		return lines.stream()
			.map((line) -> line.split("\t", -1))
			.collect(Collectors.toMap((values) -> values[0], (values) -> {
				Map<String, String> row = new java.util.HashMap<>();
				for (int i = 0; i < header.size(); i++) {
					row.put(header.get(i), values[i]);
				}
				return row;
			}, (a, b) -> {
				throw new AssertionError("Two rows for " + a.get("id") + ": " + Arrays.asList(a, b));
			}));
	}

	static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	static List<Element> elements(NodeList nodes) {
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	private static String g(Element parent, String name) {
		NodeList found = parent.getElementsByTagNameNS(G, name);
		return (found.getLength() > 0) ? found.item(0).getTextContent() : null;
	}

	private static String text(Element parent, String name) {
		return parent.getElementsByTagName(name).item(0).getTextContent();
	}

}
