package kr.valuemall.order.checkout;

import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.valuemall.RenderedPage;
import kr.valuemall.WebSliceTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.TestUsers;
import kr.valuemall.order.ShelfProduct;
import kr.valuemall.order.cart.Basket;
import kr.valuemall.order.payment.PaymentMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.nullable;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The checkout form's answers to what a shopper types: a Korean message next to each bad
 * field, everything typed kept except the card number, and no order placed. The cart
 * behind it is a mocked {@link Checkout} holding one stool; {@code CheckoutTests} and
 * {@code CartAndCheckoutPageTests} place real orders.
 */
@WebSliceTest
class CheckoutFormSliceTests {

	private static final MallUser SHOPPER = TestUsers.shopper();

	private static final String KEY = UUID.randomUUID().toString();

	@Autowired
	MockMvc mvc;

	@Autowired
	Checkout checkout;

	@BeforeEach
	void aStoolInTheCart() {
		ShelfProduct stool = new ShelfProduct(501, 77, "검증 스툴", "furniture-interior", 59_000, 5, 3_000, null, true);
		given(this.checkout.basket(eq(SHOPPER.getId()), nullable(String.class), any(CartSelection.class)))
			.willReturn(new Basket(List.of(new Basket.SellerPart(77, "검증 공방", "verify-shop",
					List.of(new Basket.Item(stool, 1, 59_000)), 3_000, null))));
	}

	@Test
	void theCheckoutFormSaysWhatIsWrongInKoreanAndKeepsWhatWasTyped() throws Exception {
		Document refused = page(checkout().param("recipient", "김가치")
			.param("phone", "010-12")
			.param("postalCode", "3010")
			.param("address1", "")
			.param("address2", "101호")
			.param("cardNumber", "4242 4242 4242 4241")
			.param("cardExpiry", "13/29"));
		assertThat(errorFor(refused, "phone")).isEqualTo("연락처는 010-1234-5678처럼 입력해 주세요.");
		assertThat(errorFor(refused, "postalCode")).isEqualTo("우편번호는 5자리 숫자입니다.");
		assertThat(errorFor(refused, "address1")).isEqualTo("주소를 입력해 주세요.");
		assertThat(errorFor(refused, "cardNumber")).isEqualTo("카드 번호가 올바르지 않습니다. 다시 확인해 주세요.");
		assertThat(errorFor(refused, "cardExpiry")).isEqualTo("유효기간은 12/29처럼 월/연도로 입력해 주세요.");
		assertThat(errorFor(refused, "recipient")).isNull();
		assertThat(refused.getElementById("recipient").val()).isEqualTo("김가치");
		assertThat(refused.getElementById("phone").val()).isEqualTo("010-12");
		assertThat(refused.getElementById("postalCode").val()).isEqualTo("3010");
		assertThat(refused.getElementById("address2").val()).isEqualTo("101호");
		assertThat(refused.getElementById("cardExpiry").val()).isEqualTo("13/29");
		// A card number is never sent back to the page, even a wrong one.
		assertThat(refused.getElementById("cardNumber").val()).isEmpty();
		assertThat(refused.html()).doesNotContain("4242 4242 4242 4241");
		// The same form, so sending it again still places one order.
		assertThat(refused.select("input[name=key]").val()).isEqualTo(KEY);
		assertThat(refused.select(".checkout-form > .alert").text()).startsWith("입력한 내용을 다시 확인해 주세요.");
		then(this.checkout).should(never()).place(anyLong(), any());
	}

	@Test
	void aBlankFormAsksForEachFieldByName() throws Exception {
		Document refused = page(checkout());
		assertThat(errorFor(refused, "recipient")).isEqualTo("받는 분 이름을 입력해 주세요.");
		assertThat(errorFor(refused, "phone")).isEqualTo("연락처를 입력해 주세요.");
		assertThat(errorFor(refused, "postalCode")).isEqualTo("우편번호를 입력해 주세요.");
		assertThat(errorFor(refused, "address1")).isEqualTo("주소를 입력해 주세요.");
		assertThat(errorFor(refused, "cardNumber")).isEqualTo("카드 번호를 입력해 주세요.");
		assertThat(errorFor(refused, "cardExpiry")).isEqualTo("유효기간은 12/29처럼 월/연도로 입력해 주세요.");
		assertThat(refused.getElementById("recipient").attr("aria-invalid")).isEqualTo("true");
	}

	@Test
	void anExpiredCardAndOverlongTextsAreRefusedWithTheLimit() throws Exception {
		Document refused = page(goodAddress(checkout()).param("address2", "가".repeat(201))
			.param("deliveryNote", "나".repeat(101))
			.param("cardNumber", "4242 4242 4242 4242")
			.param("cardExpiry", "01/20"));
		assertThat(errorFor(refused, "cardExpiry")).isEqualTo("유효기간이 지난 카드입니다.");
		assertThat(errorFor(refused, "address2")).isEqualTo("200자 이내로 입력해 주세요.");
		assertThat(errorFor(refused, "deliveryNote")).isEqualTo("100자 이내로 입력해 주세요.");
		assertThat(errorFor(refused, "cardNumber")).isNull();
		assertThat(refused.getElementById("deliveryNote").val()).isEqualTo("나".repeat(101));
	}

	@Test
	void messagesAreEnglishOnTheEnglishPage() throws Exception {
		Document refused = page(checkout().param("lang", "en")
			.param("recipient", "Kim")
			.param("phone", "12")
			.param("postalCode", "3010"));
		assertThat(errorFor(refused, "phone")).isEqualTo("Enter the phone number like 010-1234-5678.");
		assertThat(errorFor(refused, "postalCode")).isEqualTo("A postal code has 5 digits.");
		assertThat(errorFor(refused, "address1")).isEqualTo("Enter the address.");
	}

	@Test
	void aBankTransferNeedsNoCardAndTheAddressIsSentAsKoreansWriteIt() throws Exception {
		given(this.checkout.place(eq(SHOPPER.getId()), any()))
			.willReturn(new Checkout.Placement.Placed("20260105-000123"));
		this.mvc.perform(goodAddress(checkout("BANK_TRANSFER")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/orders/20260105-000123/complete"));
		ArgumentCaptor<Checkout.PlaceOrder> placed = ArgumentCaptor.forClass(Checkout.PlaceOrder.class);
		then(this.checkout).should().place(eq(SHOPPER.getId()), placed.capture());
		assertThat(placed.getValue().key()).isEqualTo(UUID.fromString(KEY));
		assertThat(placed.getValue().method()).isEqualTo(PaymentMethod.BANK_TRANSFER);
		assertThat(placed.getValue().card()).isNull();
		assertThat(placed.getValue().expectedTotal()).isEqualTo(62_000);
		assertThat(placed.getValue().address())
			.isEqualTo(new DeliveryAddress("김가치", "010-1234-5678", "30103", "세종특별자치시 가름로 180", "101동 1001호", ""));
	}

	@Test
	void checkoutAsksAVisitorToSignIn() throws Exception {
		this.mvc.perform(get("/checkout")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/checkout").with(csrf()).param("key", KEY))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		then(this.checkout).should(never()).basket(anyLong(), nullable(String.class), any(CartSelection.class));
	}

	/**
	 * The checkout form as the page sent it: the shopper's key and total, card chosen.
	 */
	private static MockHttpServletRequestBuilder checkout() {
		return checkout("CARD");
	}

	private static MockHttpServletRequestBuilder checkout(String paymentMethod) {
		return post("/checkout").with(csrf())
			.with(user(SHOPPER))
			.param("key", KEY)
			.param("expectedTotal", "62000")
			.param("addressId", "")
			.param("paymentMethod", paymentMethod);
	}

	private static MockHttpServletRequestBuilder goodAddress(MockHttpServletRequestBuilder request) {
		return request.param("recipient", "김가치")
			.param("phone", "01012345678")
			.param("postalCode", "30103")
			.param("address1", "세종특별자치시 가름로 180")
			.param("address2", "101동 1001호");
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return RenderedPage.of(this.mvc, request);
	}

	private static String errorFor(Document page, String field) {
		return RenderedPage.errorFor(page, field);
	}

}
