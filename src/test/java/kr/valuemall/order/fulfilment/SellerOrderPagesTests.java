package kr.valuemall.order.fulfilment;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.order.ProductShelf;
import kr.valuemall.order.cart.Carts;
import kr.valuemall.order.cart.ShippingPolicies;
import kr.valuemall.order.checkout.Checkout;
import kr.valuemall.order.checkout.OrderFixtures;
import kr.valuemall.seller.TestStores.OpenStore;
import kr.valuemall.seller.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SellerOrderPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Carts carts;

	@Autowired
	Checkout checkout;

	@Autowired
	ProductShelf shelf;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ShippingPolicies policies;

	OrderFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new OrderFixtures(this.mvc, this.carts, this.checkout, this.shelf, this.jdbc);
	}

	@Test
	void aSellerAcceptsShipsWithACheckedTrackingNumberAndMarksDelivered() throws Exception {
		OpenStore store = this.stores.open("담양 죽공예");
		long basket = this.fixtures.liveProduct(store, "대나무 바구니", "32,000", "8", "3,500");
		MallUser shopper = this.accounts.create("김가치");
		this.fixtures.addToCart(shopper, basket, 2);
		String orderNumber = this.fixtures.payByCard(shopper);
		long shipment = this.fixtures.shipmentOf(orderNumber, store.store().sellerId());
		MallUser seller = store.owner();

		Document queue = this.fixtures.page(get("/seller/orders").with(user(seller)));
		assertThat(queue.select(".queue-tabs a.active").text()).isEqualTo("신규 주문 1");
		Element card = queue.getElementById("shipment-" + shipment);
		assertThat(card.select(".order-number").text()).contains(orderNumber);
		assertThat(card.select(".line-name").text()).isEqualTo("대나무 바구니");
		assertThat(card.select(".recipient").text()).isEqualTo("김가치");
		assertThat(card.select(".phone").text()).isEqualTo("010-1234-5678");
		assertThat(card.select(".address").text()).isEqualTo("(04524) 서울특별시 중구 세종대로 110 3층 301호");
		assertThat(card.select(".delivery-note").text()).isEqualTo("문 앞에 놓아 주세요");
		assertThat(queue.select("a[href=/seller/shipping]")).isNotEmpty();

		this.mvc
			.perform(post("/seller/orders/" + shipment + "/accept").param("tab", "NEW").with(user(seller)).with(csrf()))
			.andExpect(redirectedUrl("/seller/orders?tab=NEW"))
			.andExpect(flash().attribute("notice", "sellerOrders.notice.accepted"));
		assertThat(this.fixtures.shipmentStatus(shipment)).isEqualTo("PREPARING");
		assertThat(
				this.fixtures.page(get("/orders/" + orderNumber).with(user(shopper))).select(".shipment-status").text())
			.isEqualTo("상품 준비 중");

		Document wrong = this.fixtures.page(post("/seller/orders/" + shipment + "/ship").param("tab", "PREPARING")
			.param("courier", "CJ")
			.param("trackingNumber", "1234-5678")
			.with(user(seller))
			.with(csrf()));
		Element form = wrong.getElementById("shipment-" + shipment);
		assertThat(form.select("#tracking-" + shipment + "-error").text()).contains("CJ대한통운", "10~12자리");
		assertThat(form.select("#tracking-" + shipment).val()).isEqualTo("1234-5678");
		assertThat(form.select("#courier-" + shipment + " option[selected]").val()).isEqualTo("CJ");
		assertThat(this.fixtures.shipmentStatus(shipment)).isEqualTo("PREPARING");

		Document exact = this.fixtures.page(post("/seller/orders/" + shipment + "/ship").param("tab", "PREPARING")
			.param("courier", "EPOST")
			.param("trackingNumber", "12345")
			.with(user(seller))
			.with(csrf()));
		assertThat(exact.select("#tracking-" + shipment + "-error").text()).contains("우체국택배", "13자리");

		Document noCourier = this.fixtures.page(post("/seller/orders/" + shipment + "/ship").param("tab", "PREPARING")
			.param("courier", "")
			.param("trackingNumber", "")
			.with(user(seller))
			.with(csrf()));
		assertThat(noCourier.select("#courier-" + shipment + "-error").text()).contains("택배사를 골라");
		assertThat(noCourier.select("#tracking-" + shipment + "-error").text()).contains("송장번호를 입력");

		this.mvc
			.perform(post("/seller/orders/" + shipment + "/ship").param("tab", "PREPARING")
				.param("courier", "HANJIN")
				.param("trackingNumber", "5123 4567 8901")
				.with(user(seller))
				.with(csrf()))
			.andExpect(redirectedUrl("/seller/orders?tab=PREPARING"))
			.andExpect(flash().attribute("notice", "sellerOrders.notice.shipped"));
		assertThat(this.fixtures.shipmentStatus(shipment)).isEqualTo("SHIPPED");
		Document shopperView = this.fixtures.page(get("/orders/" + orderNumber).with(user(shopper)));
		assertThat(shopperView.select(".tracking").text()).isEqualTo("한진택배 512345678901");
		assertThat(shopperView.select(".shipment-status").text()).isEqualTo("배송 중");
		assertThat(shopperView.select("form[action$=/cancel]")).as("no cancelling once shipped").isEmpty();

		this.mvc.perform(
				post("/seller/orders/" + shipment + "/deliver").param("tab", "SHIPPED").with(user(seller)).with(csrf()))
			.andExpect(flash().attribute("notice", "sellerOrders.notice.delivered"));
		assertThat(this.fixtures.shipmentStatus(shipment)).isEqualTo("DELIVERED");

		this.mvc
			.perform(post("/orders/" + orderNumber + "/shipments/" + shipment + "/confirm").with(user(shopper))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "orders.notice.confirmed"));
		assertThat(this.fixtures.shipmentStatus(shipment)).isEqualTo("CONFIRMED");
		Document confirmed = this.fixtures.page(get("/orders/" + orderNumber).with(user(shopper)));
		long line = this.jdbc.queryForObject("SELECT id FROM order_line WHERE shipment_id = ?", Long.class, shipment);
		assertThat(confirmed.select(".review-link").attr("href")).isEqualTo("/reviews/new?line=" + line);
		assertThat(confirmed.select(".review-link").text()).isEqualTo("리뷰 쓰기");
		Document done = this.fixtures.page(get("/seller/orders").param("tab", "DONE").with(user(seller)));
		assertThat(done.getElementById("shipment-" + shipment).select(".shipment-status").text()).isEqualTo("구매 확정");
	}

	@Test
	void aSellerSeesAndTouchesOnlyItsOwnShipments() throws Exception {
		OpenStore mine = this.stores.open("내 가게");
		OpenStore theirs = this.stores.open("옆 가게");
		long myProduct = this.fixtures.liveProduct(mine, "내 가게 모시 손수건", "12,000", "5", "2,500");
		long theirProduct = this.fixtures.liveProduct(theirs, "옆 가게 한지 등", "48,000", "5", "4,000");
		MallUser shopper = this.accounts.create("두 가게 손님");
		this.fixtures.addToCart(shopper, myProduct, 1);
		this.fixtures.addToCart(shopper, theirProduct, 1);
		String orderNumber = this.fixtures.payByCard(shopper);
		long theirShipment = this.fixtures.shipmentOf(orderNumber, theirs.store().sellerId());
		long myShipment = this.fixtures.shipmentOf(orderNumber, mine.store().sellerId());

		Document queue = this.fixtures.page(get("/seller/orders").with(user(mine.owner())));
		assertThat(queue.getElementById("shipment-" + myShipment)).isNotNull();
		assertThat(queue.getElementById("shipment-" + theirShipment)).isNull();
		assertThat(queue.text()).doesNotContain("옆 가게 한지 등");

		for (String action : new String[] { "accept", "deliver", "return/approve" }) {
			this.mvc
				.perform(post("/seller/orders/" + theirShipment + "/" + action).with(user(mine.owner())).with(csrf()))
				.andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post("/seller/orders/" + theirShipment + "/ship").param("courier", "CJ")
				.param("trackingNumber", "123456789012")
				.with(user(mine.owner()))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/seller/orders/" + theirShipment + "/return/refuse").param("reason", "안 됩니다")
				.with(user(mine.owner()))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.fixtures.shipmentStatus(theirShipment)).isEqualTo("PAID");

		this.mvc.perform(get("/seller/orders").with(user(shopper))).andExpect(status().isForbidden());
	}

	@Test
	void shippingACancelledShipmentIsRefusedAndChangesNothing() throws Exception {
		OpenStore store = this.stores.open("늦은 발송 가게");
		long product = this.fixtures.liveProduct(store, "놋쇠 촛대", "27,000", "4", "3,000");
		MallUser shopper = this.accounts.create("먼저 취소한 손님");
		this.fixtures.addToCart(shopper, product, 1);
		String orderNumber = this.fixtures.payByCard(shopper);
		long shipment = this.fixtures.shipmentOf(orderNumber, store.store().sellerId());
		this.mvc.perform(
				post("/orders/" + orderNumber + "/shipments/" + shipment + "/cancel").with(user(shopper)).with(csrf()));
		assertThat(this.fixtures.shipmentStatus(shipment)).isEqualTo("CANCELLED");

		this.mvc
			.perform(post("/seller/orders/" + shipment + "/ship").param("tab", "PREPARING")
				.param("courier", "LOTTE")
				.param("trackingNumber", "123456789012")
				.with(user(store.owner()))
				.with(csrf()))
			.andExpect(redirectedUrl("/seller/orders?tab=PREPARING"))
			.andExpect(flash().attribute("notice", "orders.notice.alreadyHandled"));
		assertThat(this.fixtures.shipmentStatus(shipment)).isEqualTo("CANCELLED");
		assertThat(
				this.jdbc.queryForObject("SELECT tracking_number FROM shipment WHERE id = ?", String.class, shipment))
			.isNull();
	}

	@Test
	void aSellerApprovesOneReturnWithARefundAndRefusesAnotherWithAReason() throws Exception {
		OpenStore store = this.stores.open("반품 처리 가게");
		long product = this.fixtures.liveProduct(store, "자개 보석함", "88,000", "6", "0");
		MallUser first = this.accounts.create("환불 받을 손님");
		MallUser second = this.accounts.create("거절 당할 손님");
		this.fixtures.addToCart(first, product, 1);
		String firstOrder = this.fixtures.payByCard(first);
		this.fixtures.addToCart(second, product, 1);
		String secondOrder = this.fixtures.payByCard(second);
		long returned = deliveredAndReturnRequested(store, first, firstOrder);
		long refused = deliveredAndReturnRequested(store, second, secondOrder);

		Document returns = this.fixtures.page(get("/seller/orders").param("tab", "RETURNS").with(user(store.owner())));
		assertThat(returns.getElementById("shipment-" + returned).select(".return-reason").text())
			.isEqualTo("받아 보니 흠집이 있어요");

		this.mvc
			.perform(post("/seller/orders/" + returned + "/return/approve").param("tab", "RETURNS")
				.with(user(store.owner()))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "sellerOrders.notice.returnApproved"));
		assertThat(this.fixtures.shipmentStatus(returned)).isEqualTo("RETURNED");
		assertThat(this.jdbc.queryForObject("SELECT amount FROM refund WHERE shipment_id = ?", Long.class, returned))
			.isEqualTo(88_000);
		assertThat(this.fixtures.page(get("/orders/" + firstOrder).with(user(first))).select(".refunded").text())
			.isEqualTo("88,000원");

		Document blank = this.fixtures.page(post("/seller/orders/" + refused + "/return/refuse").param("tab", "RETURNS")
			.param("reason", " ")
			.with(user(store.owner()))
			.with(csrf()));
		assertThat(blank.select("#refuse-" + refused + "-error").text()).contains("거절 사유를 적어");
		assertThat(this.fixtures.shipmentStatus(refused)).isEqualTo("RETURN_REQUESTED");

		this.mvc
			.perform(post("/seller/orders/" + refused + "/return/refuse").param("tab", "RETURNS")
				.param("reason", "사용 흔적이 있어 반품할 수 없습니다")
				.with(user(store.owner()))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "sellerOrders.notice.returnRefused"));
		assertThat(this.fixtures.shipmentStatus(refused)).isEqualTo("DELIVERED");
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM refund WHERE shipment_id = ?", Integer.class, refused))
			.isZero();
		Document shopperView = this.fixtures.page(get("/orders/" + secondOrder).with(user(second)));
		assertThat(shopperView.select(".return-refusal").text()).contains("사용 흔적이 있어 반품할 수 없습니다");
	}

	@Test
	void theShippingPolicyFormSetsAndClearsTheFreeShippingThreshold() throws Exception {
		OpenStore store = this.stores.open("무료배송 가게");
		long sellerId = store.store().sellerId();
		Document form = this.fixtures.page(get("/seller/shipping").with(user(store.owner())));
		assertThat(form.select(".shipping-rules").text()).contains("가장 비싼 배송비를 한 번만");
		assertThat(form.select(".current-threshold").text()).contains("무료배송 기준이 없습니다");

		Document wrong = this.fixtures
			.page(post("/seller/shipping").param("threshold", "오만 원").with(user(store.owner())).with(csrf()));
		assertThat(wrong.getElementById("threshold-error").text()).contains("숫자만");
		assertThat(wrong.getElementById("threshold").val()).isEqualTo("오만 원");
		assertThat(this.policies.threshold(sellerId)).isEmpty();

		this.mvc.perform(post("/seller/shipping").param("threshold", "50,000원").with(user(store.owner())).with(csrf()))
			.andExpect(redirectedUrl("/seller/shipping"))
			.andExpect(flash().attribute("notice", "shippingPolicy.saved"));
		assertThat(this.policies.threshold(sellerId)).contains(50_000L);
		Document saved = this.fixtures.page(get("/seller/shipping").with(user(store.owner())));
		assertThat(saved.getElementById("threshold").val()).isEqualTo("50,000");
		assertThat(saved.select(".current-threshold").text()).contains("50,000원");

		this.mvc.perform(post("/seller/shipping").param("threshold", "").with(user(store.owner())).with(csrf()))
			.andExpect(flash().attribute("notice", "shippingPolicy.cleared"));
		assertThat(this.policies.threshold(sellerId)).isEmpty();
		this.mvc.perform(get("/seller/shipping").with(user(this.accounts.create("구매자"))))
			.andExpect(status().isForbidden());
	}

	private long deliveredAndReturnRequested(OpenStore store, MallUser shopper, String orderNumber) throws Exception {
		long shipment = this.fixtures.shipmentOf(orderNumber, store.store().sellerId());
		MallUser seller = store.owner();
		this.mvc.perform(post("/seller/orders/" + shipment + "/accept").with(user(seller)).with(csrf()));
		this.mvc.perform(post("/seller/orders/" + shipment + "/ship").param("courier", "LOGEN")
			.param("trackingNumber", "12345678901")
			.with(user(seller))
			.with(csrf()));
		this.mvc.perform(post("/seller/orders/" + shipment + "/deliver").with(user(seller)).with(csrf()));
		this.mvc.perform(
				post("/orders/" + orderNumber + "/shipments/" + shipment + "/return").param("reason", "받아 보니 흠집이 있어요")
					.with(user(shopper))
					.with(csrf()));
		assertThat(this.fixtures.shipmentStatus(shipment)).isEqualTo("RETURN_REQUESTED");
		return shipment;
	}

}
