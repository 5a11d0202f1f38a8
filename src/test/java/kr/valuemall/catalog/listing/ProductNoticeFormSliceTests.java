package kr.valuemall.catalog.listing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import kr.valuemall.RenderedPage;
import kr.valuemall.WebSliceTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.TestUsers;
import kr.valuemall.catalog.CategoryMenu;
import kr.valuemall.catalog.CategoryView;
import kr.valuemall.catalog.notice.NoticeField;
import kr.valuemall.catalog.notice.NoticeGroup;
import kr.valuemall.catalog.notice.ProductNotice;
import kr.valuemall.origin.ReviewStatus;
import kr.valuemall.origin.ScreeningOutcome;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.seller.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The product form's notice section: publishing is refused with a message next to each
 * missing line, a draft saves without it but not with a malformed KC number, and the
 * no-JavaScript "load the lines" button shows the chosen (or suggested) group's lines
 * with everything typed kept. The listings behind the form are mocked
 * ({@code ProductNoticeTests} saves and shows real ones).
 */
@WebSliceTest
class ProductNoticeFormSliceTests {

	private static final MallUser SELLER = TestUsers.seller();

	private static final StoreSummary STORE = TestStores.summary(SELLER, 78, "양평 목공소");

	private static final CategoryView CHAIRS = new CategoryView("chairs-stools", "의자/스툴", "Chairs & Stools", List.of());

	@Autowired
	MockMvc mvc;

	@Autowired
	SellerApi sellers;

	@Autowired
	CategoryMenu categories;

	@Autowired
	SellerListings listings;

	@BeforeEach
	void aSellerWithAStore() {
		given(this.sellers.storeOfAccount(SELLER.getId())).willReturn(Optional.of(STORE));
		given(this.categories.topLevel()).willReturn(List.of(CHAIRS));
		given(this.categories.find(CHAIRS.slug())).willReturn(Optional.of(CHAIRS));
	}

	@Test
	void publishingWithoutTheNoticeIsRefusedWithAMessageNextToEachMissingLine() throws Exception {
		Map<String, String> fields = stool();
		fields.put("noticeGroup", "FURNITURE");
		fields.put("notice[productName]", "참나무 원목 스툴");
		fields.put("notice[color]", "내추럴 오크");
		Document refused = page(form(fields, "publish"));

		assertThat(refused.select(".form > .alert").text()).startsWith("판매를 시작할 수 없습니다.");
		assertThat(errorFor(refused, "notice-components")).isEqualTo("‘구성품’ 항목을 입력해 주세요.");
		assertThat(errorFor(refused, "notice-mainMaterial")).isEqualTo("‘주요 소재’ 항목을 입력해 주세요.");
		assertThat(errorFor(refused, "notice-deliveryInstallationCost")).isEqualTo("‘배송·설치비용’ 항목을 입력해 주세요.");
		assertThat(errorFor(refused, "notice-afterService")).isEqualTo("‘A/S 책임자와 전화번호’ 항목을 입력해 주세요.");
		assertThat(errorFor(refused, "notice-productName")).isNull();
		assertThat(errorFor(refused, "notice-kcCertification")).as("해당 시: may stay blank").isNull();
		List<String> missing = NoticeGroup.FURNITURE.fields()
			.stream()
			.filter(NoticeField::required)
			.map(NoticeField::key)
			.filter((key) -> !key.equals("productName") && !key.equals("color"))
			.toList();
		assertThat(refused.select(".notice-line.has-error textarea").eachAttr("name"))
			.containsExactlyElementsOf(missing.stream().map((key) -> "notice[" + key + "]").toList());
		assertThat(refused.getElementById("notice-components").attr("aria-invalid")).isEqualTo("true");
		assertThat(refused.getElementById("notice-components").attr("aria-describedby"))
			.isEqualTo("notice-components-hint notice-components-error");
		assertThat(refused.getElementById("notice-color").text()).isEqualTo("내추럴 오크");
		assertThat(refused.getElementById("name").val()).isEqualTo("참나무 원목 스툴");
		then(this.listings).should(never()).create(any(), any(), any(), any());
		then(this.listings).should(never()).publish(any(), anyLong());
	}

	@Test
	void publishingWithoutAProductGroupAsksForOne() throws Exception {
		Document refused = page(form(stool(), "publish"));
		assertThat(refused.select(".form > .alert").text()).startsWith("판매를 시작할 수 없습니다.");
		assertThat(errorFor(refused, "noticeGroup")).isEqualTo("상품군을 골라 주세요.");
		assertThat(refused.select("#noticeGroup option[selected]").val()).isEmpty();
		then(this.listings).should(never()).create(any(), any(), any(), any());
	}

	@Test
	void aNoticeThatSaysTheGoodsAreMadeAbroadCannotGoOnSale() throws Exception {
		Map<String, String> fields = stool();
		fields.putAll(completeFurnitureNotice());
		fields.put("notice[madeIn]", "베트남");
		Document refused = page(form(fields, "publish"));
		assertThat(errorFor(refused, "notice-madeIn")).startsWith("가치몰에서는 국내에서 만들거나 기른 상품만 판매할 수 있습니다.");
		assertThat(refused.getElementById("notice-madeIn").text()).isEqualTo("베트남");
	}

	@Test
	void aDraftSavesWithoutTheNoticeButNotWithAMalformedKcNumber() throws Exception {
		Map<String, String> fields = stool();
		fields.put("noticeGroup", "FURNITURE");
		fields.put("notice[kcCertification]", "KC 인증 받음");
		Document refused = page(form(fields, "save"));
		assertThat(refused.select(".form > .alert").text()).startsWith("입력한 내용을 다시 확인해 주세요.");
		assertThat(errorFor(refused, "notice-kcCertification"))
			.isEqualTo("KC 인증번호는 영문, 숫자, 하이픈(-)으로 적어 주세요. 예: CB063R1234-0001 (여러 개는 쉼표로 구분)");
		assertThat(errorFor(refused, "notice-components")).as("a draft may leave lines blank").isNull();
		assertThat(refused.getElementById("notice-kcCertification").text()).isEqualTo("KC 인증 받음");
		then(this.listings).should(never()).create(any(), any(), any(), any());

		given(this.listings.create(eq(STORE), any(), any(), any()))
			.willAnswer((call) -> withId(new Product(STORE.sellerId(), call.getArgument(1), Instant.now()), 902));
		fields.put("notice[kcCertification]", "CB063R1234-0001");
		this.mvc.perform(form(fields, "save"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/seller/products/902/edit"));
		ArgumentCaptor<ProductNotice> saved = ArgumentCaptor.forClass(ProductNotice.class);
		then(this.listings).should().create(eq(STORE), any(), saved.capture(), any());
		assertThat(saved.getValue().group()).isEqualTo(NoticeGroup.FURNITURE);
		assertThat(saved.getValue().values()).containsExactly(Map.entry("kcCertification", "CB063R1234-0001"));
	}

	@Test
	void aCompleteNoticeIsSavedWithTheListingWhichThenGoesOnSale() throws Exception {
		given(this.listings.create(eq(STORE), any(), any(), any()))
			.willAnswer((call) -> withId(new Product(STORE.sellerId(), call.getArgument(1), Instant.now()), 903));
		given(this.listings.publish(STORE, 903)).willReturn(new ScreeningOutcome(ReviewStatus.LIVE, 0, 100, List.of()));
		Map<String, String> fields = stool();
		fields.putAll(completeFurnitureNotice());
		fields.put("notice[material]", "면 100%");
		this.mvc.perform(form(fields, "publish"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/seller/products/903/edit"));
		ArgumentCaptor<ProductNotice> saved = ArgumentCaptor.forClass(ProductNotice.class);
		then(this.listings).should().create(eq(STORE), any(), saved.capture(), any());
		assertThat(saved.getValue().isComplete()).isTrue();
		assertThat(saved.getValue().values()).containsEntry("madeIn", "대한민국")
			.as("a line of another group is not saved")
			.doesNotContainKey("material");
		then(this.listings).should().publish(STORE, 903);
	}

	@Test
	void loadingTheLinesWithoutJavaScriptShowsTheCategorysGroupAndKeepsEverythingTyped() throws Exception {
		Map<String, String> fields = stool();
		fields.put("price", "12,3a0");
		fields.put("description", "");
		fields.put("notice[color]", "호두색");
		Document shown = page(form(fields, "loadNotice"));

		assertThat(shown.select("#noticeGroup option[selected]").val()).isEqualTo("FURNITURE");
		assertThat(shown.getElementById("noticeGroup-hint").text()).isEqualTo("고른 카테고리에 맞는 상품군: 가구(침대/소파/싱크대/DIY제품)");
		assertThat(shown.select(".notice-line textarea").eachAttr("name")).containsExactlyElementsOf(
				NoticeGroup.FURNITURE.fields().stream().map((field) -> "notice[" + field.key() + "]").toList());
		assertThat(shown.select(".notice-line label").first().text()).isEqualTo("품명 필수");
		assertThat(shown.select("label[for=notice-kcCertification]").text()).isEqualTo("KC 인증 정보 해당 시");
		assertThat(shown.getElementById("notice-color").text()).isEqualTo("호두색");
		assertThat(shown.getElementById("notice-productName").text()).as("from the listing's name")
			.isEqualTo("참나무 원목 스툴");
		assertThat(shown.getElementById("notice-maker").text()).isEqualTo("양평 목공소");
		assertThat(shown.getElementById("notice-madeIn").text()).isEqualTo("대한민국");
		assertThat(shown.getElementById("price").val()).isEqualTo("12,3a0");
		assertThat(shown.select(".field-error")).as("nothing was saved or refused").isEmpty();
		assertThat(shown.select(".alert")).isEmpty();
		assertThat(shown.select("button[value=loadNotice]").attr("formaction")).isEqualTo("/seller/products#notice");
		then(this.listings).should(never()).create(any(), any(), any(), any());
	}

	@Test
	void switchingGroupsKeepsTheLinesOfTheOtherGroupForWhenTheSellerSwitchesBack() throws Exception {
		Map<String, String> fields = stool();
		fields.put("noticeGroup", "BEDDING");
		fields.put("notice[material]", "모시 100%");
		fields.put("notice[careInstructions]", "손세탁");
		fields.put("notice[composition]", "이불 1장");
		Document bedding = page(form(fields, "loadNotice"));
		assertThat(bedding.getElementById("notice-material").text()).isEqualTo("모시 100%");
		assertThat(bedding.getElementById("notice-careInstructions").text()).isEqualTo("손세탁");

		fields.put("noticeGroup", "BAGS");
		Document bags = page(form(fields, "loadNotice"));
		assertThat(bags.getElementById("notice-material")).as("not a line of 가방").isNull();
		assertThat(bags.getElementById("notice-materials")).isNotNull();
		assertThat(bags.select("input[type=hidden][name=notice[material]]").val()).isEqualTo("모시 100%");
		assertThat(bags.select("input[type=hidden][name=notice[careInstructions]]").val()).isEqualTo("손세탁");
		assertThat(bags.select("input[type=hidden][name=notice[composition]]").val()).isEqualTo("이불 1장");
	}

	@Test
	void anUnknownGroupIsRefusedWithoutLosingTheLines() throws Exception {
		Map<String, String> fields = stool();
		fields.put("noticeGroup", "SPACESHIPS");
		fields.put("notice[color]", "은색");
		Document refused = page(form(fields, "save"));
		assertThat(errorFor(refused, "noticeGroup")).isEqualTo("목록에서 골라 주세요.");
		assertThat(refused.select("input[type=hidden][name=notice[color]]").val()).isEqualTo("은색");
		then(this.listings).should(never()).create(any(), any(), any(), any());
	}

	private static Map<String, String> stool() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("categorySlug", "chairs-stools");
		fields.put("name", "참나무 원목 스툴");
		fields.put("description", "참나무로 만든 튼튼한 스툴입니다.");
		fields.put("price", "89,000");
		fields.put("stock", "5");
		fields.put("shippingFee", "0");
		fields.put("originKind", "DOMESTIC");
		fields.put("manufacturer", "양평 목공소");
		fields.put("madeRegion", "GYEONGGI");
		fields.put("makerRole", "MAKER");
		fields.put("attested", "true");
		return fields;
	}

	private static Map<String, String> completeFurnitureNotice() {
		Map<String, String> notice = new LinkedHashMap<>();
		notice.put("noticeGroup", "FURNITURE");
		notice.put("notice[productName]", "참나무 원목 스툴");
		notice.put("notice[color]", "내추럴 오크");
		notice.put("notice[components]", "스툴 1개");
		notice.put("notice[mainMaterial]", "참나무 원목, 천연 오일 마감");
		notice.put("notice[maker]", "양평 목공소");
		notice.put("notice[madeIn]", "대한민국");
		notice.put("notice[dimensions]", "지름 32 x 높이 45 cm");
		notice.put("notice[deliveryInstallationCost]", "무료 배송, 설치 없음");
		notice.put("notice[warranty]", "소비자분쟁해결기준에 따름");
		notice.put("notice[afterService]", "양평 목공소 031-777-1234");
		return notice;
	}

	private static MockMultipartHttpServletRequestBuilder form(Map<String, String> fields, String action) {
		MockMultipartHttpServletRequestBuilder request = multipart("/seller/products").with(csrf())
			.with(user(SELLER))
			.param("action", action);
		fields.forEach(request::param);
		return request;
	}

	private static Product withId(Product product, long id) {
		ReflectionTestUtils.setField(product, "id", id);
		return product;
	}

	private Document page(RequestBuilder request) throws Exception {
		return RenderedPage.of(this.mvc, request);
	}

	private static String errorFor(Document page, String field) {
		return RenderedPage.errorFor(page, field);
	}

}
