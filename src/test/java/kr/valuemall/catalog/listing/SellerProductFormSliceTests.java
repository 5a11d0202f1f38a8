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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import kr.valuemall.RenderedPage;
import kr.valuemall.ErrorPages;
import kr.valuemall.WebSliceTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.TestUsers;
import kr.valuemall.catalog.notice.ProductNotice;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.seller.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import kr.valuemall.catalog.CategoryMenu;
import kr.valuemall.catalog.CategoryView;

/**
 * The seller's product form: what it says next to each field a seller got wrong, that
 * what was typed stays, that numbers typed with commas and units are read as whole won,
 * and that a declaration which cannot go on sale is refused field by field. The real
 * {@link ProductFormChecks} reads the form; the store and the listings behind it are
 * mocked ({@code SellerListingTests} publishes real ones).
 */
@WebSliceTest
class SellerProductFormSliceTests {

	private static final MallUser SELLER = TestUsers.seller();

	private static final StoreSummary STORE = TestStores.summary(SELLER, 77, "양평 목공소");

	private static final CategoryView FURNITURE = new CategoryView("furniture-interior", "가구·인테리어", "Furniture",
			List.of());

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
		given(this.categories.topLevel()).willReturn(List.of(FURNITURE));
		given(this.categories.find(FURNITURE.slug())).willReturn(Optional.of(FURNITURE));
	}

	@Test
	void eachBadFieldGetsItsOwnKoreanMessageAndWhatWasTypedStays() throws Exception {
		Map<String, String> fields = chair("");
		fields.put("categorySlug", "no-such-shelf");
		fields.put("description", "");
		fields.put("price", "12,3a0");
		fields.put("stock", "2000000");
		fields.put("shippingFee", "3,000원");
		fields.put("originKind", "SMUGGLED");
		Document refused = page(form("/seller/products", fields, "save"));
		assertThat(errorFor(refused, "categorySlug")).isEqualTo("목록에서 골라 주세요.");
		assertThat(errorFor(refused, "name")).isEqualTo("상품명을 입력해 주세요.");
		assertThat(errorFor(refused, "description")).isEqualTo("상품 설명을 입력해 주세요.");
		assertThat(errorFor(refused, "price")).isEqualTo("숫자만 입력해 주세요. 예: 1,200,000");
		assertThat(errorFor(refused, "stock")).isEqualTo("0부터 1,000,000까지 입력할 수 있습니다.");
		assertThat(errorFor(refused, "originKind")).isEqualTo("목록에서 골라 주세요.");
		assertThat(errorFor(refused, "shippingFee")).isNull();
		assertThat(refused.getElementById("price").val()).isEqualTo("12,3a0");
		assertThat(refused.getElementById("stock").val()).isEqualTo("2000000");
		assertThat(refused.getElementById("shippingFee").val()).isEqualTo("3,000원");
		assertThat(refused.getElementById("manufacturer").val()).isEqualTo("양평 목공소");
		assertThat(refused.getElementById("price").attr("aria-invalid")).isEqualTo("true");
		assertThat(refused.select(".form > .alert").text()).startsWith("입력한 내용을 다시 확인해 주세요.");
		then(this.listings).should(never()).create(any(), any(), any(), any());
	}

	@Test
	void aListingThatIsNotDomesticCannotBePublishedAndTheFormSaysWhy() throws Exception {
		Map<String, String> fields = imported("미국산 캠핑 의자");
		Document refused = page(form("/seller/products", fields, "publish"));
		assertThat(refused.select(".form > .alert").text()).startsWith("판매를 시작할 수 없습니다.");
		assertThat(errorFor(refused, "originKind"))
			.isEqualTo("가치몰에서는 국내에서 제조한 상품만 판매할 수 있습니다. 수입품, 병행수입, 해외구매대행 상품은 판매할 수 없습니다.");
		assertThat(errorFor(refused, "manufacturer")).isEqualTo("제조사를 입력해 주세요.");
		assertThat(errorFor(refused, "madeRegion")).isEqualTo("제조 지역(시·도)을 골라 주세요.");
		assertThat(errorFor(refused, "makerRole")).isEqualTo("직접 제조인지 유통인지 골라 주세요.");
		assertThat(errorFor(refused, "attested")).isEqualTo("판매하려면 원산지 신고 내용이 사실임을 확인해 주세요.");
		assertThat(refused.getElementById("name").val()).isEqualTo("미국산 캠핑 의자");
		assertThat(refused.getElementById("importer").val()).isEqualTo("글로벌무역");
		assertThat(refused.select("#originKind option[selected]").val()).isEqualTo("IMPORTED");
		then(this.listings).should(never()).create(any(), any(), any(), any());
	}

	@Test
	void aDraftIsSavedWithoutTheOriginChecksAndNumbersAreReadAsTyped() throws Exception {
		given(this.listings.create(eq(STORE), any(), any(), any()))
			.willAnswer((call) -> withId(new Product(STORE.sellerId(), call.getArgument(1), Instant.now()), 901));
		Map<String, String> fields = imported("미국산 캠핑 의자");
		fields.put("price", " 1,200,000원 ");
		fields.put("stock", "5개");
		fields.put("shippingFee", "3 000");
		this.mvc.perform(form("/seller/products", fields, "save"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/seller/products/901/edit"))
			.andExpect(flash().attribute("notice", "product.saved"));
		ArgumentCaptor<ProductDetails> saved = ArgumentCaptor.forClass(ProductDetails.class);
		then(this.listings).should()
			.create(eq(STORE), saved.capture(), eq(ProductNotice.NONE), eq(ProductOptions.none(5)));
		assertThat(saved.getValue()).isEqualTo(new ProductDetails("furniture-interior", "미국산 캠핑 의자", "튼튼한 캠핑 의자입니다.",
				1_200_000, 5, 3_000, OriginKind.IMPORTED, "글로벌무역", null, null, null, false));
	}

	@Test
	void anotherSellersListingIsNotFound() throws Exception {
		given(this.listings.find(STORE, 4242)).willThrow(ProductNotFound.of(4242));
		MvcResult result = this.mvc.perform(get("/seller/products/4242/edit").with(user(SELLER)))
			.andExpect(status().isNotFound())
			.andReturn();
		Document shown = ErrorPages.shownFor(this.mvc, result);
		assertThat(shown.select("h1").text()).isEqualTo("페이지를 찾을 수 없습니다");
		assertThat(shown.html()).doesNotContain("No product", "ProductNotFound");
		assertThat(shown.select("main").text()).doesNotContain("4242");
	}

	@Test
	void shoppersAreRefusedTheSellerPagesAndVisitorsAreSentToLogIn() throws Exception {
		MvcResult refused = this.mvc.perform(get("/seller/products/new").with(user(TestUsers.shopper())))
			.andExpect(status().isForbidden())
			.andReturn();
		assertThat(ErrorPages.shownFor(this.mvc, refused).select("h1").text()).isEqualTo("이 페이지를 볼 권한이 없습니다");
		this.mvc.perform(get("/seller/products/new")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(form("/seller/products", chair("몰래 올린 의자"), "publish").with(user(TestUsers.shopper())))
			.andExpect(status().isForbidden());
		then(this.listings).should(never()).create(any(), any(), any(), any());
	}

	@Test
	void aSellerWhoseStoreIsGoneIsRefused() throws Exception {
		MallUser withdrawn = TestUsers.seller();
		given(this.sellers.storeOfAccount(withdrawn.getId())).willReturn(Optional.empty());
		this.mvc.perform(get("/seller/products/new").with(user(withdrawn))).andExpect(status().isForbidden());
	}

	private static Map<String, String> chair(String name) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("categorySlug", "furniture-interior");
		fields.put("name", name);
		fields.put("description", "참나무로 만든 튼튼한 의자입니다.");
		fields.put("price", "59,000");
		fields.put("stock", "5");
		fields.put("shippingFee", "3000");
		fields.put("originKind", "DOMESTIC");
		fields.put("manufacturer", "양평 목공소");
		fields.put("madeRegion", "GYEONGGI");
		fields.put("makerRole", "MAKER");
		fields.put("attested", "true");
		return fields;
	}

	private static Map<String, String> imported(String name) {
		Map<String, String> fields = chair(name);
		fields.put("description", "튼튼한 캠핑 의자입니다.");
		fields.put("originKind", "IMPORTED");
		fields.put("importer", "글로벌무역");
		fields.put("manufacturer", "");
		fields.put("madeRegion", "");
		fields.put("makerRole", "");
		fields.remove("attested");
		return fields;
	}

	private static MockMultipartHttpServletRequestBuilder form(String path, Map<String, String> fields, String action) {
		MockMultipartHttpServletRequestBuilder request = multipart(path).with(csrf())
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
