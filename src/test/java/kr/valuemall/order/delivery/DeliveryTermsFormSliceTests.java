package kr.valuemall.order.delivery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.valuemall.RenderedPage;
import kr.valuemall.WebSliceTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.TestUsers;
import kr.valuemall.order.fulfilment.Courier;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.seller.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The seller's delivery terms page ({@code /seller/delivery}): a Korean message next to
 * each bad field with what was typed kept, numbers read as people type won, nothing saved
 * until all is right, and only sellers let in. The terms behind it are mocked;
 * {@code DeliveryTablesTests} saves real ones.
 */
@WebSliceTest
class DeliveryTermsFormSliceTests {

	private static final MallUser SELLER = TestUsers.seller();

	private static final StoreSummary STORE = TestStores.summary(SELLER, 88, "제주 배송 공방");

	@Autowired
	MockMvc mvc;

	@Autowired
	SellerApi sellers;

	@Autowired
	SellerDeliveryTerms terms;

	@BeforeEach
	void aSellerWithAStore() {
		given(this.sellers.storeOfAccount(SELLER.getId())).willReturn(Optional.of(STORE));
	}

	@Test
	void aStoreWithoutTermsIsOfferedCommonValuesAndItsOwnAddressToCorrect() throws Exception {
		given(this.terms.of(STORE.sellerId())).willReturn(Optional.empty());
		Document page = RenderedPage.of(this.mvc, get("/seller/delivery").with(user(SELLER)));
		assertThat(page.select("h1").text()).isEqualTo("배송·반품 안내");
		assertThat(page.select(".delivery-terms > .alert").text()).startsWith("아직 배송·반품 안내를 저장하지 않았습니다.");
		assertThat(page.getElementById("returnAddress").val()).isEqualTo(STORE.businessAddress());
		assertThat(page.getElementById("jejuFee").val()).isEqualTo("3,000");
		assertThat(page.getElementById("islandFee").val()).isEqualTo("5,000");
		assertThat(page.select("#cutoffHour option[selected]").text()).isEqualTo("14시");
		assertThat(page.select("label[for=jejuFee]").text()).isEqualTo("제주 추가 배송비(원)");
		assertThat(page.select("fieldset legend").eachText()).containsExactly("출고", "제주·도서산간 추가 배송비", "반품·교환");
	}

	@Test
	void savedTermsAreShownAsSaved() throws Exception {
		given(this.terms.of(STORE.sellerId())).willReturn(Optional
			.of(new DeliveryTerms(0, 11, Courier.EPOST, "(63309) 제주특별자치도 제주시 첨단로 242", 4_000, 8_000, 0, 12_000)));
		Document page = RenderedPage.of(this.mvc, get("/seller/delivery").with(user(SELLER)));
		assertThat(page.select(".delivery-terms > .alert")).isEmpty();
		assertThat(page.getElementById("dispatchDays").val()).isEqualTo("0");
		assertThat(page.select("#courier option[selected]").text()).isEqualTo("우체국택배");
		assertThat(page.getElementById("islandFee").val()).isEqualTo("12,000");
		assertThat(page.getElementById("jejuFee").val()).isEqualTo("0");
	}

	@Test
	void eachBadFieldGetsItsOwnKoreanMessageAndWhatWasTypedStays() throws Exception {
		Map<String, String> fields = good();
		fields.put("dispatchDays", "15");
		fields.put("cutoffHour", "25");
		fields.put("courier", "PIGEON");
		fields.put("returnAddress", "");
		fields.put("returnFee", "삼천원");
		fields.put("exchangeFee", "");
		fields.put("jejuFee", "-3000");
		fields.put("islandFee", "2,000,000");
		Document refused = RenderedPage.of(this.mvc, form(fields));
		assertThat(RenderedPage.errorFor(refused, "dispatchDays")).isEqualTo("0부터 14까지 입력할 수 있습니다.");
		assertThat(RenderedPage.errorFor(refused, "cutoffHour")).isEqualTo("1부터 23까지 입력할 수 있습니다.");
		assertThat(RenderedPage.errorFor(refused, "courier")).isEqualTo("목록에서 골라 주세요.");
		assertThat(RenderedPage.errorFor(refused, "returnAddress")).isEqualTo("반품·교환 보낼 주소를 입력해 주세요.");
		assertThat(RenderedPage.errorFor(refused, "returnFee")).isEqualTo("숫자만 입력해 주세요. 예: 1,200,000");
		assertThat(RenderedPage.errorFor(refused, "exchangeFee")).isEqualTo("교환 배송비를 입력해 주세요. 받지 않으면 0을 입력하세요.");
		assertThat(RenderedPage.errorFor(refused, "jejuFee")).isEqualTo("숫자만 입력해 주세요. 예: 1,200,000");
		assertThat(RenderedPage.errorFor(refused, "islandFee")).isEqualTo("0부터 1,000,000까지 입력할 수 있습니다.");
		assertThat(refused.getElementById("returnFee").val()).isEqualTo("삼천원");
		assertThat(refused.getElementById("islandFee").val()).isEqualTo("2,000,000");
		assertThat(refused.getElementById("islandFee").attr("aria-invalid")).isEqualTo("true");
		assertThat(refused.getElementById("islandFee").attr("aria-describedby")).contains("islandFee-error");
		assertThat(refused.select(".form > .alert").text()).startsWith("입력한 내용을 다시 확인해 주세요.");
		then(this.terms).should(never()).save(anyLong(), any());
	}

	@Test
	void anOverlongAddressIsRefusedWithTheLimit() throws Exception {
		Map<String, String> fields = good();
		fields.put("returnAddress", "가".repeat(201));
		Document refused = RenderedPage.of(this.mvc, form(fields));
		assertThat(RenderedPage.errorFor(refused, "returnAddress")).isEqualTo("주소는 200자 이하로 입력해 주세요.");
		then(this.terms).should(never()).save(anyLong(), any());
	}

	@Test
	void goodTermsAreSavedAsTyped() throws Exception {
		this.mvc.perform(form(good()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/seller/delivery"))
			.andExpect(flash().attribute("notice", "deliveryTerms.saved"));
		then(this.terms).should()
			.save(STORE.sellerId(), new DeliveryTerms(2, 15, Courier.HANJIN, "(04524) 서울특별시 중구 세종대로 110, 3층", 3_500,
					7_000, 3_000, 6_000));
	}

	@Test
	void messagesAreEnglishOnTheEnglishPage() throws Exception {
		Map<String, String> fields = good();
		fields.put("courier", "");
		fields.put("jejuFee", "abc");
		Document refused = RenderedPage.of(this.mvc, form(fields).param("lang", "en"));
		assertThat(RenderedPage.errorFor(refused, "courier")).isEqualTo("Choose a courier.");
		assertThat(refused.select("label[for=jejuFee]").text()).isEqualTo("Jeju extra fee (won)");
	}

	@Test
	void onlySellersMayOpenIt() throws Exception {
		this.mvc.perform(get("/seller/delivery")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/seller/delivery").with(user(TestUsers.shopper()))).andExpect(status().isForbidden());
		this.mvc.perform(form(good()).with(user(TestUsers.shopper()))).andExpect(status().isForbidden());
		then(this.terms).should(never()).save(anyLong(), any());
	}

	private static Map<String, String> good() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("dispatchDays", "2");
		fields.put("cutoffHour", "15");
		fields.put("courier", "HANJIN");
		fields.put("returnAddress", " (04524) 서울특별시 중구 세종대로 110, 3층 ");
		fields.put("returnFee", "3,500원");
		fields.put("exchangeFee", "7 000");
		fields.put("jejuFee", "3000");
		fields.put("islandFee", "6,000");
		return fields;
	}

	private static MockHttpServletRequestBuilder form(Map<String, String> fields) {
		MockHttpServletRequestBuilder request = post("/seller/delivery").with(csrf()).with(user(SELLER));
		fields.forEach(request::param);
		return request;
	}

}
