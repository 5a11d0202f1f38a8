package kr.valuemall.order.checkout;

import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.valuemall.IntegrationTest;
import kr.valuemall.TestCards;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.catalog.TestProducts;
import kr.valuemall.order.cart.CartOwner;
import kr.valuemall.order.cart.Carts;
import kr.valuemall.seller.TestStores.OpenStore;
import kr.valuemall.seller.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The coupon field on the checkout page: applying shows the discounted total before
 * paying it, a code that cannot be used says why in Korean with nothing typed lost, and
 * the order is paid at the total shown.
 */
@IntegrationTest
class CouponCheckoutPageTests {

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestStores stores;

	@Autowired
	TestProducts products;

	@Autowired
	Carts carts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void applyingACouponShowsTheDiscountedTotalAndPayingChargesIt() throws Exception {
		MallUser shopper = shopperWithCart("쿠폰화면 공방");
		// Ends in L (엘), so the particle after it is 을.
		String code = coupon("PAGE" + System.nanoTime() % 1_000_000 + "L");
		Document form = page(get("/checkout").with(user(shopper)));
		assertThat(form.getElementById("couponCode")).isNotNull();

		Document applied = page(checkout(shopper, form, code.toLowerCase(), "").param("action", "coupon"));

		assertThat(applied.select(".coupon .notice").text()).contains("3,000원을 할인했습니다");
		assertThat(applied.select(".coupon-discount dd").text()).isEqualTo("-3,000원");
		assertThat(applied.select(".grand-total dd").text()).isEqualTo("37,000원");
		assertThat(applied.select("input[name=expectedTotal]").val()).isEqualTo("37000");
		assertThat(applied.select("input[name=appliedCoupon]").val()).isEqualTo(code);
		assertThat(applied.getElementById("recipient").val()).isEqualTo("김가치");
		assertThat(applied.select("button.full").text()).contains("37,000원");

		String location = this.mvc.perform(checkout(shopper, applied, applied.getElementById("couponCode").val(), code))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(location).startsWith("/orders/");
		String number = location.replaceAll("^/orders/([^/?]+).*$", "$1");
		assertThat(this.jdbc.queryForMap(
				"SELECT o.total, o.discount, o.coupon_code, p.amount FROM customer_order o JOIN payment p ON p.order_id = o.id WHERE o.order_number = ?",
				number))
			.containsEntry("total", 37_000L)
			.containsEntry("discount", 3_000L)
			.containsEntry("coupon_code", code)
			.containsEntry("amount", 37_000L);

		// The order page says what the coupon took off and that the mall bears it.
		Document order = page(get("/orders/" + number).with(user(shopper)));
		assertThat(order.select(".payment-summary .coupon-discount").text()).isEqualTo("-3,000원");
		assertThat(order.select(".payment-summary dt").eachText()).contains("쿠폰 할인");
		assertThat(order.select(".order-total").text()).isEqualTo("37,000원");
		assertThat(order.select(".shipment-facts .coupon-discount").text()).isEqualTo("-3,000원");
		assertThat(order.text()).contains("쿠폰 " + code + "을 썼습니다. 쿠폰 할인은 가치몰(정부)이 부담합니다.");
	}

	@Test
	void aCodeThatCannotBeUsedSaysWhyAndKeepsWhatWasTyped() throws Exception {
		MallUser shopper = shopperWithCart("잘못쿠폰 공방");
		Document form = page(get("/checkout").with(user(shopper)));

		// Typed and paid without applying: the page asks first instead of paying.
		Document refused = page(checkout(shopper, form, "NO-SUCH-COUPON", ""));

		assertThat(refused.getElementById("couponCode-error").text()).isEqualTo("없는 쿠폰 번호입니다. 다시 확인해 주세요.");
		assertThat(refused.getElementById("couponCode").val()).isEqualTo("NO-SUCH-COUPON");
		assertThat(refused.getElementById("recipient").val()).isEqualTo("김가치");
		assertThat(refused.getElementById("address1").val()).isEqualTo("세종특별자치시 가름로 180");
		assertThat(refused.select("input[name=expectedTotal]").val()).isEqualTo("40000");
		assertThat(refused.select(".coupon-discount")).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM customer_order WHERE shopper_id = ?", Long.class,
				shopper.getId()))
			.isZero();
	}

	private MallUser shopperWithCart(String storeName) {
		OpenStore shop = this.stores.open(storeName);
		long cup = this.products.live(shop.store().sellerId(), "쿠폰 머그컵", 40_000, 10, 0);
		MallUser shopper = this.accounts.create("김쿠폰", Role.SHOPPER);
		this.carts.add(CartOwner.account(shopper.getId()), cup, 1).orElseThrow();
		return shopper;
	}

	private MockHttpServletRequestBuilder checkout(MallUser shopper, Document form, String couponCode,
			String appliedCoupon) {
		return post("/checkout").with(csrf())
			.with(user(shopper))
			.param("key", form.select("input[name=key]").val())
			.param("expectedTotal", form.select("input[name=expectedTotal]").val())
			.param("addressId", "")
			.param("recipient", "김가치")
			.param("phone", "010-1234-5678")
			.param("postalCode", "30103")
			.param("address1", "세종특별자치시 가름로 180")
			.param("address2", "101동 1001호")
			.param("deliveryNote", "")
			.param("paymentMethod", "CARD")
			.param("cardNumber", "4242 4242 4242 4242")
			.param("cardExpiry", TestCards.EXPIRY)
			.param("couponCode", couponCode)
			.param("appliedCoupon", appliedCoupon);
	}

	private String coupon(String code) {
		Instant now = this.clock.instant();
		this.jdbc.update("""
				INSERT INTO coupon (code, kind, amount, minimum_order, valid_from, valid_until, per_shopper_limit,
					total_limit, active, created_at) VALUES (?, 'FIXED', 3000, 30000, ?, ?, 1, 100, true, ?)""", code,
				Timestamp.from(now.minus(Duration.ofDays(1))), Timestamp.from(now.plus(Duration.ofDays(30))),
				Timestamp.from(now));
		return code;
	}

	private Document page(RequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
