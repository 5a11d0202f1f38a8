package kr.valuemall.catalog.listing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import kr.valuemall.RenderedPage;
import kr.valuemall.WebSliceTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.TestUsers;
import kr.valuemall.catalog.CategoryMenu;
import kr.valuemall.catalog.CategoryView;
import kr.valuemall.order.DeliveryOverride;
import kr.valuemall.order.ListingDelivery;
import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.seller.TestStores;
import kr.valuemall.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The product form's own section for a listing whose delivery terms differ from its
 * store's: blank follows the store, a bad number gets its message next to it and saves
 * nothing (not the product either), and saved values come back on the edit page.
 */
@WebSliceTest
class ListingDeliveryFormSliceTests {

	private static final MallUser SELLER = TestUsers.seller();

	private static final StoreSummary STORE = TestStores.summary(SELLER, 78, "주문 제작 가구");

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

	@Autowired
	ListingDelivery delivery;

	@BeforeEach
	void aSellerWithAStore() {
		given(this.sellers.storeOfAccount(SELLER.getId())).willReturn(Optional.of(STORE));
		given(this.categories.topLevel()).willReturn(List.of(FURNITURE));
		given(this.categories.find(FURNITURE.slug())).willReturn(Optional.of(FURNITURE));
	}

	@Test
	void aBadNumberInTheListingsOwnTermsIsRefusedBesideItAndNothingIsSaved() throws Exception {
		Map<String, String> fields = table();
		fields.put("ownDispatchDays", "30");
		fields.put("ownJejuFee", "오천원");
		fields.put("ownIslandFee", "8,000");
		Document refused = RenderedPage.of(this.mvc, form("/seller/products", fields));
		assertThat(RenderedPage.errorFor(refused, "ownDispatchDays")).isEqualTo("0부터 14까지 입력할 수 있습니다.");
		assertThat(RenderedPage.errorFor(refused, "ownJejuFee")).isEqualTo("숫자만 입력해 주세요. 예: 1,200,000");
		assertThat(RenderedPage.errorFor(refused, "ownIslandFee")).isNull();
		assertThat(RenderedPage.errorFor(refused, "name")).isNull();
		assertThat(refused.getElementById("ownJejuFee").val()).isEqualTo("오천원");
		assertThat(refused.getElementById("ownIslandFee").val()).isEqualTo("8,000");
		assertThat(refused.getElementById("name").val()).isEqualTo("원목 식탁");
		assertThat(refused.select(".listing-delivery legend").text()).isEqualTo("배송·반품 (이 상품만)");
		assertThat(refused.select(".listing-delivery > .alert").text()).startsWith("입력한 내용을 다시 확인해 주세요.");
		then(this.listings).should(never()).create(any(), any(), any(), any());
		then(this.delivery).should(never()).setOverride(anyLong(), any());
	}

	@Test
	void theListingsOwnTermsAreSavedWithItAndBlankFollowsTheStore() throws Exception {
		given(this.listings.create(eq(STORE), any(), any(), any()))
			.willAnswer((call) -> withId(new Product(STORE.sellerId(), call.getArgument(1), Instant.now()), 902));
		Map<String, String> fields = table();
		fields.put("ownDispatchDays", "7");
		fields.put("ownIslandFee", "8,000원");
		this.mvc.perform(form("/seller/products", fields))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/seller/products/902/edit"));
		then(this.delivery).should().setOverride(902, new DeliveryOverride(7, null, null, null, 8_000L));
	}

	@Test
	void aListingWithoutOwnTermsFollowsItsStore() throws Exception {
		given(this.listings.create(eq(STORE), any(), any(), any()))
			.willAnswer((call) -> withId(new Product(STORE.sellerId(), call.getArgument(1), Instant.now()), 903));
		this.mvc.perform(form("/seller/products", table())).andExpect(status().isFound());
		then(this.delivery).should().setOverride(903, DeliveryOverride.NONE);
	}

	@Test
	void theEditPageShowsTheListingsOwnTerms() throws Exception {
		Product table = withId(new Product(STORE.sellerId(),
				new ProductDetails("furniture-interior", "원목 식탁", "주문 후 만드는 원목 식탁입니다.", 890_000, 3, 30_000,
						OriginKind.DOMESTIC, null, "주문 제작 가구", Region.GANGWON, MakerRole.MAKER, true),
				Instant.now()), 904);
		given(this.listings.find(STORE, 904)).willReturn(table);
		given(this.delivery.overrideOf(904)).willReturn(new DeliveryOverride(7, 50_000L, null, 30_000L, null));
		Document page = RenderedPage.of(this.mvc, get("/seller/products/904/edit").with(user(SELLER)));
		assertThat(page.getElementById("ownDispatchDays").val()).isEqualTo("7");
		assertThat(page.getElementById("ownReturnFee").val()).isEqualTo("50,000");
		assertThat(page.getElementById("ownJejuFee").val()).isEqualTo("30,000");
		assertThat(page.getElementById("ownExchangeFee").val()).isEmpty();
		assertThat(page.select(".listing-delivery a[href=/seller/delivery]")).hasSize(1);
	}

	private static Map<String, String> table() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("categorySlug", "furniture-interior");
		fields.put("name", "원목 식탁");
		fields.put("description", "주문 후 만드는 원목 식탁입니다.");
		fields.put("price", "890,000");
		fields.put("stock", "3");
		fields.put("shippingFee", "30,000");
		fields.put("originKind", "DOMESTIC");
		fields.put("manufacturer", "주문 제작 가구");
		fields.put("madeRegion", "GANGWON");
		fields.put("makerRole", "MAKER");
		fields.put("attested", "true");
		fields.put("ownDispatchDays", "");
		fields.put("ownJejuFee", "");
		fields.put("ownIslandFee", "");
		fields.put("ownReturnFee", "");
		fields.put("ownExchangeFee", "");
		return fields;
	}

	private static MockMultipartHttpServletRequestBuilder form(String path, Map<String, String> fields) {
		MockMultipartHttpServletRequestBuilder request = multipart(path).with(csrf())
			.with(user(SELLER))
			.param("action", "save");
		fields.forEach(request::param);
		return request;
	}

	private static Product withId(Product product, long id) {
		ReflectionTestUtils.setField(product, "id", id);
		return product;
	}

}
