package kr.valuemall.catalog.listing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import kr.valuemall.IntegrationTest;
import kr.valuemall.catalog.TestListings;
import kr.valuemall.catalog.notice.NoticeGroup;
import kr.valuemall.catalog.notice.ProductNotice;
import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;
import kr.valuemall.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The product information notice on real PostgreSQL: saved with the listing through the
 * seller's form, shown as a table on the product page (in Korean and English), read back
 * into the form, required to go or stay on sale, and absent (with a clear line, never an
 * error) for listings from before notices.
 */
@IntegrationTest
class ProductNoticeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	ProductRepository products;

	@Autowired
	SellerListings listings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void aPublishedListingShowsItsNoticeAsATableOnItsPage() throws Exception {
		OpenStore shop = this.stores.open("통영 나전 공방");
		Map<String, String> fields = jewelleryBox("나전칠기 보석함");
		long id = create(shop, fields, "publish");
		assertThat(this.products.findById(id).orElseThrow().getStatus()).isEqualTo(ProductStatus.LIVE);

		Document page = page(get("/products/" + id));
		assertThat(page.select(".product-notice h2").text()).isEqualTo("상품정보제공고시");
		assertThat(page.select(".notice-table caption").text()).isEqualTo("가구(침대/소파/싱크대/DIY제품) 상품정보제공고시 (공정거래위원회 고시)");
		assertThat(page.select(".notice-table tbody th").eachText()).containsExactly("품명", "KC 인증 정보", "색상", "구성품",
				"주요 소재", "제조자(수입자)", "제조국", "크기", "배송·설치비용", "품질보증기준", "A/S 책임자와 전화번호");
		assertThat(page.select(".notice-table th[scope=row]")).hasSize(11);
		assertThat(rowOf(page, "KC 인증 정보")).isEqualTo("해당 없음");
		assertThat(rowOf(page, "주요 소재")).isEqualTo("옻칠한 목재, 자개");
		assertThat(rowOf(page, "제조국")).isEqualTo("대한민국");
		assertThat(rowOf(page, "A/S 책임자와 전화번호")).isEqualTo("통영 나전 공방 055-645-1234");

		Document english = page(get("/products/" + id + "?lang=en"));
		assertThat(english.select(".product-notice h2").text()).isEqualTo("Product information notice");
		assertThat(english.select(".notice-table tbody th").eachText()).startsWith("Product name", "KC certification");
		assertThat(english.select(".notice-table td.not-applicable").text()).isEqualTo("Not applicable");
	}

	@Test
	void theSavedNoticeComesBackIntoTheFormAndOnlyItsGroupsLinesAreStored() throws Exception {
		OpenStore shop = this.stores.open("보석함 공방");
		Map<String, String> fields = jewelleryBox("자개 보석함");
		fields.put("notice[material]", "면 100%");
		fields.put("notice[kcCertification]", "SU071234-21001");
		long id = create(shop, fields, "save");

		List<String> stored = this.jdbc.sql("SELECT item FROM product_notice WHERE product_id = :id ORDER BY item")
			.param("id", id)
			.query(String.class)
			.list();
		assertThat(stored).contains("mainMaterial", "kcCertification").doesNotContain("material");
		assertThat(this.jdbc.sql("SELECT notice_group FROM product WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("FURNITURE");

		Document edit = page(get("/seller/products/" + id + "/edit").with(user(shop.owner())));
		assertThat(edit.select("#noticeGroup option[selected]").val()).isEqualTo("FURNITURE");
		assertThat(edit.getElementById("notice-kcCertification").text()).isEqualTo("SU071234-21001");
		assertThat(edit.getElementById("notice-components").text()).isEqualTo("보석함 1개, 열쇠 1개");
	}

	@Test
	void withoutItsNoticeAListingStaysADraft() throws Exception {
		OpenStore shop = this.stores.open("고시 없는 가게");
		Map<String, String> fields = jewelleryBox("고시 빠진 보석함");
		fields.remove("notice[warranty]");
		fields.remove("notice[dimensions]");
		Document refused = page(form(shop, "/seller/products", fields, "publish"));
		assertThat(refused.getElementById("notice-warranty-error").text()).isEqualTo("‘품질보증기준’ 항목을 입력해 주세요.");
		assertThat(refused.getElementById("notice-dimensions-error").text()).isEqualTo("‘크기’ 항목을 입력해 주세요.");
		assertThat(this.products.findBySellerIdOrderByUpdatedAtDesc(shop.store().sellerId())).isEmpty();

		long draft = create(shop, fields, "save");
		assertThat(this.products.findById(draft).orElseThrow().getStatus()).isEqualTo(ProductStatus.DRAFT);
		assertThatIllegalStateException().isThrownBy(() -> this.listings.publish(shop.store(), draft));
		assertThat(this.products.findById(draft).orElseThrow().getStatus()).isEqualTo(ProductStatus.DRAFT);
		this.mvc.perform(get("/products/" + draft)).andExpect(status().isNotFound());
	}

	@Test
	void aListingOnSaleCannotBeSavedWithItsNoticeEmptied() throws Exception {
		OpenStore shop = this.stores.open("판매 중 가게");
		long id = create(shop, jewelleryBox("판매 중 보석함"), "publish");
		Map<String, String> emptied = jewelleryBox("판매 중 보석함");
		emptied.put("price", "99,000");
		emptied.put("notice[components]", "");
		Document refused = page(form(shop, "/seller/products/" + id, emptied, "save"));
		assertThat(refused.getElementById("notice-components-error").text()).isEqualTo("‘구성품’ 항목을 입력해 주세요.");
		assertThat(refused.select(".notice-fields .hint").text()).contains("판매 중이거나 검수 중인 상품은 필수 항목을 모두 채워야 저장됩니다.");
		Product unchanged = this.products.findById(id).orElseThrow();
		assertThat(unchanged.getPrice()).isEqualTo(168_000);
		assertThat(unchanged.getStatus()).isEqualTo(ProductStatus.LIVE);
	}

	@Test
	void aListingFromBeforeNoticesShowsThatItsNoticeIsNotWrittenYet() throws Exception {
		OpenStore shop = this.stores.open("오래된 가게");
		long id = TestListings.in(this.context).liveWithoutImage(shop.store(), "오래전에 올린 의자", 45_000);
		Document page = page(get("/products/" + id));
		assertThat(page.select(".notice-table")).isEmpty();
		assertThat(page.select(".product-notice .empty-state").text())
			.isEqualTo("판매자가 아직 상품정보제공고시를 입력하지 않았습니다. 궁금한 점은 아래 판매자 정보의 연락처로 문의해 주세요.");

		Document edit = page(get("/seller/products/" + id + "/edit").with(user(shop.owner())));
		assertThat(edit.select("#noticeGroup option[selected]").val()).as("suggested from its category")
			.isEqualTo("FURNITURE");
		assertThat(edit.getElementById("notice-productName").text()).isEqualTo("오래전에 올린 의자");
		assertThat(edit.getElementById("notice-madeIn").text()).isEqualTo("대한민국");
	}

	@Test
	void theSellersListingsSaveANoticeGivenAsAMapAsTheBulkUploadWill() {
		OpenStore shop = this.stores.open("대량 등록 가게");
		Product product = this.listings.create(shop.store(), new ProductDetails("toys", "편백 원목 블록", "편백으로 만든 블록입니다.",
				49_000, 10, 0, OriginKind.DOMESTIC, null, "대량 등록 가게", Region.JEONNAM, MakerRole.MAKER, true));
		Map<String, String> values = new LinkedHashMap<>();
		NoticeGroup.CHILDREN.fields().forEach((field) -> values.put(field.key(), "내용"));
		values.put("madeIn", "대한민국");
		values.put("kcCertification", "CB063R1234-0001");
		this.listings.fillNotice(shop.store(), product.getId(), ProductNotice.of(NoticeGroup.CHILDREN, values));
		ProductNotice saved = this.listings.noticeOf(shop.store(), product.getId());
		assertThat(saved.group()).isEqualTo(NoticeGroup.CHILDREN);
		assertThat(saved.value("kcCertification")).isEqualTo("CB063R1234-0001");
		assertThat(saved.isComplete()).isTrue();
		this.listings.publish(shop.store(), product.getId());
		assertThat(this.products.findById(product.getId()).orElseThrow().getStatus()).isEqualTo(ProductStatus.LIVE);
	}

	private static String rowOf(Document page, String label) {
		return page.select(".notice-table tr")
			.stream()
			.filter((row) -> row.select("th").text().equals(label))
			.map((row) -> row.select("td").text())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + label));
	}

	private long create(OpenStore shop, Map<String, String> fields, String action) throws Exception {
		String location = this.mvc.perform(form(shop, "/seller/products", fields, action))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.replaceAll("\\D+(\\d+)/edit$", "$1"));
	}

	private static MockMultipartHttpServletRequestBuilder form(OpenStore shop, String path, Map<String, String> fields,
			String action) {
		MockMultipartHttpServletRequestBuilder request = multipart(path);
		fields.forEach(request::param);
		request.param("action", action);
		request.with(user(shop.owner())).with(csrf());
		return request;
	}

	private Document page(RequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	/** A jewellery box listed as furniture, with a complete notice. */
	private static Map<String, String> jewelleryBox(String name) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("categorySlug", "storage");
		fields.put("name", name);
		fields.put("description", "통영에서 자개를 한 조각씩 붙이고 옻칠로 마감한 " + name + "입니다.");
		fields.put("price", "168,000");
		fields.put("stock", "4");
		fields.put("shippingFee", "0");
		fields.put("originKind", "DOMESTIC");
		fields.put("manufacturer", "통영 나전 공방");
		fields.put("madeRegion", "GYEONGNAM");
		fields.put("makerRole", "MAKER");
		fields.put("attested", "true");
		fields.put("noticeGroup", "FURNITURE");
		fields.put("notice[productName]", name);
		fields.put("notice[color]", "검정 옻칠, 자개");
		fields.put("notice[components]", "보석함 1개, 열쇠 1개");
		fields.put("notice[mainMaterial]", "옻칠한 목재, 자개");
		fields.put("notice[maker]", "통영 나전 공방");
		fields.put("notice[madeIn]", "대한민국");
		fields.put("notice[dimensions]", "가로 24 x 세로 16 x 높이 10 cm");
		fields.put("notice[deliveryInstallationCost]", "무료 배송, 설치 없음");
		fields.put("notice[warranty]", "소비자분쟁해결기준(공정거래위원회 고시)에 따름");
		fields.put("notice[afterService]", "통영 나전 공방 055-645-1234");
		return fields;
	}

}
