package kr.valuemall.catalog.storefront;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.RenderedPage;
import kr.valuemall.WebSliceTest;
import kr.valuemall.account.TestUsers;
import kr.valuemall.catalog.listing.Product;
import kr.valuemall.catalog.listing.ProductDetails;
import kr.valuemall.catalog.reviews.ProductReviews;
import kr.valuemall.order.DeliveryPromise;
import kr.valuemall.order.ListingDelivery;
import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.origin.ReviewStatus;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.seller.TestStores;
import kr.valuemall.shared.Region;

import static org.mockito.BDDMockito.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What a product page says about delivery, in Korean and English: the dispatch date an
 * order placed now gets, the courier, the Jeju and island fees, and the return and
 * exchange terms; and what it says for a seller who has set none. The promise itself is
 * stubbed ({@code ListingDeliveryTests} works it out).
 */
@WebSliceTest
class ProductDeliverySliceTests {

	private static final long PRODUCT = 3301;

	private static final StoreSummary STORE = TestStores.summary(TestUsers.seller(), 91, "한라 감귤 농장");

	@Autowired
	MockMvc mvc;

	@Autowired
	Storefront storefront;

	@Autowired
	ProductReviews reviews;

	@Autowired
	ListingDelivery delivery;

	@BeforeEach
	void aLiveListing() {
		Product product = new Product(
				STORE.sellerId(), new ProductDetails("fruit", "한라봉 3kg", "제주에서 기른 한라봉입니다.", 39_000, 20, 4_000,
						OriginKind.DOMESTIC, null, "한라 감귤 농장", Region.JEJU, MakerRole.MAKER, true),
				Instant.parse("2026-11-02T00:00:00Z"));
		ReflectionTestUtils.setField(product, "id", PRODUCT);
		product.screened(ReviewStatus.LIVE, Instant.parse("2026-11-02T00:00:00Z"));
		given(this.storefront.product(PRODUCT)).willReturn(Optional.of(new Storefront.ProductPage(product, STORE,
				List.of(), null, PriceNow.listed(product.getPrice()), product.getShippingFee())));
		given(this.reviews.ofProduct(PRODUCT, 0)).willReturn(Page.empty());
	}

	@Test
	void theProductPagePromisesTheDispatchDateAndShowsTheTerms() throws Exception {
		given(this.delivery.promise(STORE.sellerId(), PRODUCT))
			.willReturn(new DeliveryPromise(LocalDate.of(2026, 12, 8), false, 1, 15, true, "CJ",
					"(63309) 제주특별자치도 제주시 첨단로 242", 3_500L, 7_000L, 3_000, 5_000));
		Document page = RenderedPage.of(this.mvc, get("/products/" + PRODUCT));
		assertThat(page.select(".dispatch-promise strong").text()).isEqualTo("오늘 주문하면 12월 8일(화) 출고 예정");
		assertThat(page.select(".dispatch-promise .hint").text())
			.isEqualTo("결제 후 1영업일 안에 출고 · 평일 15시 전 결제는 당일부터 셉니다 (주말·공휴일 제외)");
		assertThat(page.select(".buy-box .island-fees").text()).isEqualTo("제주 3,000원 · 도서산간 5,000원");
		assertThat(page.select("#delivery-title").text()).isEqualTo("배송·반품 안내");
		assertThat(page.select(".delivery-terms .courier").text()).isEqualTo("CJ대한통운");
		assertThat(page.select(".delivery-terms .return-fee").text()).isEqualTo("3,500원");
		assertThat(page.select(".delivery-terms .exchange-fee").text()).isEqualTo("7,000원");
		assertThat(page.select(".delivery-terms .return-address").text()).isEqualTo("(63309) 제주특별자치도 제주시 첨단로 242");
		assertThat(page.select(".delivery-terms dt").eachText()).containsExactly("출고", "택배사", "배송비", "제주·도서산간 추가 배송비",
				"반품 배송비(편도)", "교환 배송비(왕복)", "반품·교환 보낼 곳");

		Document english = RenderedPage.of(this.mvc, get("/products/" + PRODUCT).param("lang", "en"));
		assertThat(english.select(".dispatch-promise strong").text())
			.isEqualTo("Order today and it ships on Tue, Dec 8");
		assertThat(english.select(".delivery-terms .courier").text()).isNotBlank().doesNotContain("courier.");
	}

	@Test
	void sameDayDispatchSaysSo() throws Exception {
		given(this.delivery.promise(STORE.sellerId(), PRODUCT)).willReturn(new DeliveryPromise(
				LocalDate.of(2026, 12, 7), true, 0, 14, true, "EPOST", "제주시 첨단로 242", 0L, 0L, 0, 0));
		Document page = RenderedPage.of(this.mvc, get("/products/" + PRODUCT));
		assertThat(page.select(".dispatch-promise strong").text()).isEqualTo("오늘 주문하면 12월 7일(월) 출고 예정");
		assertThat(page.select(".dispatch-promise .hint").text())
			.isEqualTo("평일 14시 전 결제는 당일 출고 · 이후 결제는 다음 영업일 출고 (주말·공휴일 제외)");
		assertThat(page.select(".buy-box .island-fees")).isEmpty();
		assertThat(page.select(".delivery-terms .island-fees").text()).isEqualTo("없음");
	}

	@Test
	void aSellerWithoutTermsPromisesTheLegalDispatchAndSaysWhomToAsk() throws Exception {
		given(this.delivery.promise(STORE.sellerId(), PRODUCT)).willReturn(
				new DeliveryPromise(LocalDate.of(2026, 12, 10), true, 3, 24, false, null, null, null, null, 0, 0));
		Document page = RenderedPage.of(this.mvc, get("/products/" + PRODUCT));
		assertThat(page.select(".dispatch-promise strong").text()).isEqualTo("오늘 주문하면 12월 10일(목) 출고 예정");
		assertThat(page.select(".dispatch-promise .hint").text()).isEqualTo("결제일부터 3영업일 안에 출고 (주말·공휴일 제외)");
		assertThat(
				page.select(".delivery-terms .courier, .delivery-terms .return-fee, .delivery-terms .return-address"))
			.isEmpty();
		assertThat(page.select(".delivery-terms").text()).contains("판매자가 아직 반품·교환 안내를 정하지 않았습니다.");
	}

}
