package kr.valuemall.catalog.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;
import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.seller.TestStores;
import kr.valuemall.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import kr.valuemall.catalog.listing.ProductDetails;
import kr.valuemall.catalog.listing.ProductStatus;
import kr.valuemall.catalog.listing.SellerListings;
import kr.valuemall.catalog.TestNotices;
import kr.valuemall.catalog.storefront.Storefront;

/**
 * Search on real PostgreSQL. Tests share the database, so each test prices its listings
 * in a band of its own and searches within that band: other tests' listings never show.
 * The band is one that no listing holds when the test starts (tests run one at a time),
 * so a round price another test chose cannot land in it.
 */
@IntegrationTest
class ProductSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	SellerListings listings;

	@Autowired
	Storefront storefront;

	@Autowired
	JdbcClient jdbc;

	/** This test's price band: base .. base + 99 won. */
	long base;

	StoreSummary shop;

	@BeforeEach
	void openStore() {
		do {
			this.base = 40_000 + ThreadLocalRandom.current().nextLong(0, 3_000) * 100 + 1;
		}
		while (this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM product WHERE price BETWEEN :low AND :high)")
			.param("low", this.base)
			.param("high", this.base + 99)
			.query(Boolean.class)
			.single());
		this.shop = this.stores.open("검색 상점 " + this.base).store();
	}

	@Test
	void aPartOfAKoreanWordFindsTheWholeWordAndSpacingDoesNotMatter() {
		live("chairs-stools", "원목의자 튼튼한", 0);
		live("chairs-stools", "참나무 원목 의자", 1);
		assertThat(names("의자")).containsExactlyInAnyOrder("원목의자 튼튼한", "참나무 원목 의자");
		assertThat(names("원목의자")).containsExactlyInAnyOrder("원목의자 튼튼한", "참나무 원목 의자");
		assertThat(names("원목 의자")).containsExactlyInAnyOrder("원목의자 튼튼한", "참나무 원목 의자");
		assertThat(names("책상")).isEmpty();
		// Every word, in any order and place.
		assertThat(names("의자 참나무")).containsExactly("참나무 원목 의자");
		assertThat(names("참나무 책상")).isEmpty();
	}

	@Test
	void oneSyllableMatchesNamesAndStoreNamesButNotDescriptions() {
		live("bags", "천 가방", 0);
		live("chairs-stools", "등받이 스툴", 1, "가방을 걸 수 있는 고리가 있습니다");
		assertThat(names("방")).containsExactly("천 가방");
		assertThat(names("가방")).containsExactlyInAnyOrder("천 가방", "등받이 스툴");
	}

	@Test
	void storeNamesAndDescriptionsAreSearchedAndRankedBelowNames() {
		long inDescription = live("chairs-stools", "낮은 스툴", 0, "느티나무 원목으로 짠 스툴입니다");
		long inName = live("chairs-stools", "느티나무 스툴", 1);
		assertThat(ids(query("느티나무"))).containsExactly(inName, inDescription);
		assertThat(names("검색상점" + this.base)).hasSize(2);
	}

	@Test
	void theSearchCopyFollowsTheNameStoreAndDescriptionAndNothingElse() {
		long id = live("chairs-stools", "낮은 스툴", 0, "느티나무 원목으로 짠 스툴입니다");
		String before = searchColumnsOf(id);
		this.jdbc
			.sql("UPDATE product SET stock = stock - 1, sales_count = sales_count + 1, review_count = 1, "
					+ "rating_sum = 5 WHERE id = :id")
			.param("id", id)
			.update();
		assertThat(searchColumnsOf(id)).as("a stock, sales or review change").isEqualTo(before);
		this.jdbc.sql("UPDATE product SET search_text = '', search_grams = '{}' WHERE id = :id")
			.param("id", id)
			.update();
		assertThat(searchColumnsOf(id)).as("written directly").isEqualTo(before);
		assertThat(ids(query("느티나무"))).containsExactly(id);

		this.jdbc.sql("UPDATE product SET description = '자작나무 합판으로 짠 스툴입니다', name = '자작 스툴' WHERE id = :id")
			.param("id", id)
			.update();
		assertThat(ids(query("느티나무"))).isEmpty();
		assertThat(ids(query("자작나무 합판"))).containsExactly(id);
		assertThat(names("작")).containsExactly("자작 스툴");
		assertThat(searchColumnsOf(id)).isEqualTo(this.jdbc.sql("""
				SELECT concat_ws(' / ', catalog_search_normal(name),
					catalog_search_normal(name) || '|' || catalog_search_normal(store_name) || '|'
						|| catalog_search_normal(description),
					lower(name) || ' ' || lower(store_name) || ' ' || catalog_search_normal(name),
					catalog_search_grams(name, store_name, description)::text)
				FROM product WHERE id = :id""").param("id", id).query(String.class).single());
	}

	private String searchColumnsOf(long id) {
		return this.jdbc
			.sql("SELECT concat_ws(' / ', search_name, search_text, search_words, search_grams::text) FROM product "
					+ "WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	@Test
	void aTypoFindsSimilarListingsAndTheNoResultsPageSuggestsWordsAndCategories() throws Exception {
		live("traditional-food", "고소한 참기름 " + this.base, 0);
		Storefront.SearchResult result = this.storefront.search(query("참기룸"));
		assertThat(result.similar()).isTrue();
		assertThat(result.results().getContent()).extracting((card) -> card.product().getName())
			.contains("고소한 참기름 " + this.base);
		assertThat(result.suggestions()).contains("참기름");

		Document page = page("/products?q=참기룸&minPrice=" + this.base + "&maxPrice=" + (this.base + 99));
		assertThat(page.select(".similar-notice").text()).contains("참기룸");
		assertThat(page.select(".suggestion").eachText()).contains("참기름");
		assertThat(page.select(".suggested-categories .chip").eachText()).contains("전통식품/장류");
	}

	@Test
	void whenNothingIsEvenSimilarThePageOffersCategoriesNamedLikeTheQuery() throws Exception {
		live("chairs-stools", "아무 의자", 0);
		Document page = page("/products?q=반려&minPrice=" + this.base + "&maxPrice=" + (this.base + 99));
		assertThat(page.select(".product-name")).isEmpty();
		assertThat(page.select(".empty-state h2").text()).isEqualTo("‘반려’ 검색 결과가 없어요");
		// Never "similar products" above "no products"; next steps instead, filters
		// cleared with the words kept.
		assertThat(page.select(".similar-notice")).isEmpty();
		assertThat(page.select(".next-steps").text()).contains("철자나 띄어쓰기");
		assertThat(page.select(".next-steps a.clear-filters").attr("href")).isEqualTo("/products?q=%EB%B0%98%EB%A0%A4");
		assertThat(page.select(".suggested-categories .chip").eachText()).contains("반려동물", "반려용품");
	}

	@Test
	void heldRejectedDraftAndUnpublishedListingsNeverAppear() {
		long live = live("chairs-stools", "보이는 흔들의자", 0);
		long held = create("chairs-stools", "중국산 흔들의자", 1, "흔들의자");
		this.listings.publish(this.shop, held);
		create("chairs-stools", "초안 흔들의자", 2, "흔들의자");
		long unpublished = live("chairs-stools", "내린 흔들의자", 3);
		this.listings.unpublish(this.shop, unpublished);
		long rejected = live("chairs-stools", "거절된 흔들의자", 4);
		this.jdbc.sql("UPDATE product SET status = 'REJECTED' WHERE id = :id").param("id", rejected).update();
		for (String words : List.of("흔들의자", "의자", "흔", "흔들")) {
			assertThat(ids(query(words))).as(words).containsExactly(live);
		}
	}

	@Test
	void filtersNarrowTheResults() {
		long cheap = live("chairs-stools", "필터 의자 하나", 10);
		long dear = live("desks-tables", "필터 의자 둘", 90);
		this.jdbc.sql("UPDATE product SET shipping_fee = 0, stock = 0 WHERE id = :id").param("id", dear).update();
		StoreSummary busan = new StoreSummary(this.shop.sellerId(), this.shop.accountId(), this.shop.slug(),
				this.shop.storeName(), this.shop.introduction(), Region.BUSAN, this.shop.businessName(),
				this.shop.representative(), this.shop.businessRegistrationNumber(), this.shop.mailOrderReportNumber(),
				this.shop.businessAddress(), this.shop.phone(), this.shop.email(), this.shop.openedAt());
		this.listings.publish(busan, dear);

		assertThat(ids(filtered("의자", List.of("desks-tables"), null, null, false, false, SearchSort.RELEVANCE)))
			.containsExactly(dear);
		assertThat(ids(new SearchQuery("필터", List.of(), this.base + 50, this.base + 99, null, false, false, null, 0)))
			.containsExactly(dear);
		assertThat(ids(filtered("필터", List.of(), Region.BUSAN, null, false, false, SearchSort.RELEVANCE)))
			.containsExactly(dear);
		assertThat(ids(filtered("필터", List.of(), Region.SEOUL, null, false, false, SearchSort.RELEVANCE)))
			.containsExactly(cheap);
		assertThat(ids(filtered("필터", List.of(), null, null, true, false, SearchSort.RELEVANCE))).containsExactly(dear);
		assertThat(ids(filtered("필터", List.of(), null, null, false, true, SearchSort.RELEVANCE)))
			.containsExactly(cheap);
	}

	@Test
	void everySortOrdersTheResults() {
		long cheapOld = live("chairs-stools", "정렬 의자 가", 5);
		long dearNew = live("chairs-stools", "정렬 의자 나", 50);
		long middle = live("chairs-stools", "정렬 의자 다", 20);
		this.jdbc.sql("UPDATE product SET published_at = published_at - interval '1 day' WHERE id = :id")
			.param("id", cheapOld)
			.update();
		this.jdbc.sql("UPDATE product SET published_at = published_at + interval '1 day' WHERE id = :id")
			.param("id", dearNew)
			.update();
		this.jdbc.sql("UPDATE product SET sales_count = 7 WHERE id = :id").param("id", middle).update();
		assertThat(ids(sorted(SearchSort.PRICE_ASC))).containsExactly(cheapOld, middle, dearNew);
		assertThat(ids(sorted(SearchSort.PRICE_DESC))).containsExactly(dearNew, middle, cheapOld);
		assertThat(ids(sorted(SearchSort.NEWEST))).containsExactly(dearNew, middle, cheapOld);
		assertThat(ids(sorted(SearchSort.BEST_SELLING))).containsExactly(middle, dearNew, cheapOld);
		// Same rank (all in the name): the better seller first, then the newer.
		assertThat(ids(sorted(SearchSort.RELEVANCE))).containsExactly(middle, dearNew, cheapOld);
	}

	@Test
	void ratingSortPutsTheBestAverageFirstThenMoreReviewsThenSalesAndUnreviewedLast() throws Exception {
		long fourAndAHalfOfTwo = live("chairs-stools", "평점 의자 가", 1);
		long fourAndAHalfOfFour = live("chairs-stools", "평점 의자 나", 2);
		long fiveOfOne = live("chairs-stools", "평점 의자 다", 3);
		long unreviewedSelling = live("chairs-stools", "평점 의자 라", 4);
		long unreviewed = live("chairs-stools", "평점 의자 마", 5);
		long threeOfNine = live("chairs-stools", "평점 의자 바", 6);
		long heldFive = live("chairs-stools", "평점 의자 사", 7);
		rate(fourAndAHalfOfTwo, 2, 9);
		rate(fourAndAHalfOfFour, 4, 18);
		rate(fiveOfOne, 1, 5);
		rate(threeOfNine, 9, 27);
		rate(heldFive, 3, 15);
		this.jdbc.sql("UPDATE product SET status = 'HELD' WHERE id = :id").param("id", heldFive).update();
		this.jdbc.sql("UPDATE product SET sales_count = 40 WHERE id IN (:ids)")
			.param("ids", List.of(unreviewedSelling, threeOfNine))
			.update();
		List<Long> expected = List.of(fiveOfOne, fourAndAHalfOfFour, fourAndAHalfOfTwo, threeOfNine, unreviewedSelling,
				unreviewed);
		assertThat(ids(
				new SearchQuery("평점", List.of(), this.base, this.base + 99, null, false, false, SearchSort.RATING, 0)))
			.as("search")
			.containsExactlyElementsOf(expected);
		assertThat(ids(
				new SearchQuery("", List.of(), this.base, this.base + 99, null, false, false, SearchSort.RATING, 0)))
			.as("browse")
			.containsExactlyElementsOf(expected);

		Document page = page("/products?sort=rating&minPrice=" + this.base + "&maxPrice=" + (this.base + 99));
		assertThat(page.select("select[name=sort] option[selected]").text()).isEqualTo("평점 높은순");
		assertThat(page.select(".product-card .rating-summary").eachText()).containsExactly("★ 5.0 (1)", "★ 4.5 (4)",
				"★ 4.5 (2)", "★ 3.0 (9)");
	}

	/** Sets a listing's review count and star sum as written reviews would. */
	private void rate(long productId, int count, long sum) {
		this.jdbc.sql("UPDATE product SET review_count = :count, rating_sum = :sum WHERE id = :id")
			.param("count", count)
			.param("sum", sum)
			.param("id", productId)
			.update();
	}

	@Test
	void resultsComeInPagesWhoseLinksKeepTheFilters() throws Exception {
		for (int i = 0; i < Storefront.PAGE_SIZE + 2; i++) {
			live("chairs-stools", "쪽수 의자 " + i, i);
		}
		SearchQuery second = new SearchQuery("쪽수", List.of(), this.base, this.base + 99, null, false, false,
				SearchSort.PRICE_ASC, 1);
		var results = this.storefront.search(second).results();
		assertThat(results.getTotalElements()).isEqualTo(Storefront.PAGE_SIZE + 2);
		assertThat(results.getContent()).extracting((card) -> card.product().getName())
			.containsExactly("쪽수 의자 24", "쪽수 의자 25");

		Document first = page("/products?q=쪽수&sort=price-asc&minPrice=" + this.base + "&maxPrice=" + (this.base + 99));
		assertThat(first.select(".product-name")).hasSize(Storefront.PAGE_SIZE);
		String next = first.select(".pagination a").attr("href");
		assertThat(next).contains("page=1", "sort=price-asc", "minPrice=" + this.base);
		assertThat(page(java.net.URLDecoder.decode(next, StandardCharsets.UTF_8)).select(".product-name").eachText())
			.containsExactly("쪽수 의자 24", "쪽수 의자 25");
	}

	@Test
	void nonsenseFiltersAreIgnoredNotAnError() throws Exception {
		live("chairs-stools", "엉뚱한 입력 의자", 0);
		this.mvc.perform(get("/products?q=의자&minPrice=abc&maxPrice=-5&page=x&sort=zzz&region=MARS&inStock=maybe"))
			.andExpect(status().isOk());
		Document page = page("/products?q=엉뚱한&minPrice=abc");
		assertThat(page.select(".bad-price")).isNotEmpty();
		assertThat(page.select(".product-name").eachText()).contains("엉뚱한 입력 의자");
		assertThat(
				page("/products?q=엉뚱한&sort=price-desc&freeShipping=true").select("select[name=sort] option[selected]")
					.text())
			.isEqualTo("높은 가격순");
	}

	private long live(String category, String name, int priceOffset) {
		return live(category, name, priceOffset, "검색 시험용으로 만든 상품입니다 " + this.base);
	}

	private long live(String category, String name, int priceOffset, String description) {
		long id = create(category, name, priceOffset, description);
		this.listings.publish(this.shop, id);
		assertThat(this.listings.find(this.shop, id).getStatus()).as(name).isEqualTo(ProductStatus.LIVE);
		return id;
	}

	private long create(String category, String name, int priceOffset, String description) {
		return this.listings
			.create(this.shop,
					new ProductDetails(category, name, description + " " + name, this.base + priceOffset, 5, 3_000,
							OriginKind.DOMESTIC, null, "검색 공방", Region.GYEONGGI, MakerRole.MAKER, true),
					TestNotices.complete(category, name, "검색 공방"))
			.getId();
	}

	private SearchQuery query(String words) {
		return new SearchQuery(words, List.of(), this.base, this.base + 99, null, false, false, null, 0);
	}

	private SearchQuery sorted(SearchSort sort) {
		return new SearchQuery("정렬", List.of(), this.base, this.base + 99, null, false, false, sort, 0);
	}

	private SearchQuery filtered(String words, List<String> categories, Region region, Object unused,
			boolean freeShipping, boolean inStock, SearchSort sort) {
		return new SearchQuery(words, categories, this.base, this.base + 99, region, freeShipping, inStock, sort, 0);
	}

	private List<Long> ids(SearchQuery query) {
		return this.storefront.search(query)
			.results()
			.getContent()
			.stream()
			.map((card) -> card.product().getId())
			.toList();
	}

	private List<String> names(String words) {
		Storefront.SearchResult result = this.storefront.search(query(words));
		return result.similar() ? List.of()
				: result.results().getContent().stream().map((card) -> card.product().getName()).toList();
	}

	private Document page(String url) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
