package kr.valuemall.order.fulfilment;

import java.time.Instant;

import org.jsoup.nodes.Document;
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
import kr.valuemall.order.checkout.Checkout;
import kr.valuemall.order.checkout.OrderFixtures;
import kr.valuemall.order.payment.PaymentRepository;
import kr.valuemall.seller.TestStores.OpenStore;
import kr.valuemall.seller.TestStores;
import kr.valuemall.web.DateTimeDisplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ShopperOrderPagesTests {

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
	SellerShipments sellerShipments;

	@Autowired
	PaymentRepository payments;

	@Autowired
	OrderRepository orders;

	OrderFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new OrderFixtures(this.mvc, this.carts, this.checkout, this.shelf, this.jdbc);
	}

	@Test
	void theShopperSeesTheOrderInTheListAndItsDetailsPerSeller() throws Exception {
		OpenStore woodshop = this.stores.open("양평 목공소");
		OpenStore brassware = this.stores.open("안성 유기");
		long board = this.fixtures.liveProduct(woodshop, "참나무 도마", "59,000", "12", "3,000");
		long spoons = this.fixtures.liveProduct(brassware, "방짜 유기 수저 세트", "30,000", "5", "2,500");
		MallUser shopper = this.accounts.create("김가치");
		this.fixtures.addToCart(shopper, board, 1);
		this.fixtures.addToCart(shopper, spoons, 1);
		String orderNumber = this.fixtures.payByCard(shopper);
		assertThat(orderNumber).matches("\\d{8}-\\d{6}");

		Document list = this.fixtures.page(get("/orders").with(user(shopper)));
		assertThat(list.select(".order-card")).hasSize(1);
		assertThat(list.select(".order-number").text()).contains(orderNumber);
		assertThat(list.select(".order-title").text()).isEqualTo("참나무 도마 외 1건");
		assertThat(list.select(".order-total").text()).isEqualTo("94,500원");
		assertThat(list.select(".shipment-status").eachText()).containsExactly("결제 완료", "결제 완료");
		Instant createdAt = this.orders.findByOrderNumber(orderNumber).orElseThrow().getCreatedAt();
		assertThat(list.select(".order-date").text()).isEqualTo(new DateTimeDisplay().dateTime(createdAt));

		// Where the checkout lands: a page of its own, the same on every reload.
		for (int load = 0; load < 2; load++) {
			Document complete = this.fixtures.page(get("/orders/" + orderNumber + "/complete").with(user(shopper)));
			assertThat(complete.select("h1").text()).isEqualTo("주문이 완료되었습니다");
			assertThat(complete.select(".order-number").text()).isEqualTo("주문번호 " + orderNumber);
			assertThat(complete.select(".order-line .line-name").eachText()).containsExactly("참나무 도마", "방짜 유기 수저 세트");
			assertThat(complete.select(".payment-summary .order-total").text()).isEqualTo("94,500원");
			assertThat(complete.select(".payment-summary").text()).contains("신용·체크카드", "끝자리 4242");
			assertThat(complete.select(".address-summary").text()).contains("(04524) 서울특별시 중구 세종대로 110 3층 301호");
			assertThat(complete.select(".deposit-box")).isEmpty();
			assertThat(complete.select("a.order-detail-link").attr("href")).isEqualTo("/orders/" + orderNumber);
			assertThat(complete.select(".complete-next a[href=/]")).hasSize(1);
		}

		Document detail = this.fixtures.page(get("/orders/" + orderNumber).with(user(shopper)));
		// Each shipment's stepper: paid, the four steps after it still to come.
		assertThat(detail.select(".shipment-card").first().select(".stepper li").eachText())
			.containsExactly("결제완료 (현재 단계)", "상품준비 (예정)", "배송중 (예정)", "배송완료 (예정)", "구매확정 (예정)");
		assertThat(detail.select(".stepper li[aria-current=step] .step-name").eachText()).containsExactly("결제완료",
				"결제완료");
		assertThat(detail.select(".payment-summary").text()).contains("신용·체크카드", "끝자리 4242", "94,500원");
		assertThat(detail.select(".address-summary").text()).contains("김가치", "010-1234-5678",
				"(04524) 서울특별시 중구 세종대로 110 3층 301호", "문 앞에 놓아 주세요");
		assertThat(detail.select(".shipment-card h3").eachText()).containsExactly("양평 목공소", "안성 유기");
		assertThat(detail.select(".shipment-card").first().select(".line-name").text()).isEqualTo("참나무 도마");
		assertThat(detail.select(".shipment-card").first().text()).contains("3,000원", "62,000원");
		assertThat(detail.select("form[action$=/cancel]")).hasSize(2);
		assertThat(detail.select("form[action$=/confirm]")).isEmpty();
		assertThat(detail.select(".return-box")).isEmpty();
		assertThat(detail.select(".review-link")).isEmpty();
	}

	@Test
	void anotherShopperCannotOpenOrActOnTheOrderByItsNumber() throws Exception {
		OpenStore store = this.stores.open("남의 주문 가게");
		long product = this.fixtures.liveProduct(store, "대나무 채반", "18,000", "4", "3,000");
		MallUser owner = this.accounts.create("주문한 사람");
		MallUser stranger = this.accounts.create("엿보는 사람");
		this.fixtures.addToCart(owner, product, 1);
		String orderNumber = this.fixtures.payByCard(owner);
		long shipment = this.fixtures.shipmentOf(orderNumber, store.store().sellerId());

		this.mvc.perform(get("/orders/" + orderNumber).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get("/orders/" + orderNumber + "/complete").with(user(stranger)))
			.andExpect(status().isNotFound());
		for (String action : new String[] { "cancel", "confirm" }) {
			this.mvc
				.perform(post("/orders/" + orderNumber + "/shipments/" + shipment + "/" + action).with(user(stranger))
					.with(csrf()))
				.andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post("/orders/" + orderNumber + "/shipments/" + shipment + "/return").param("reason", "마음이 바뀌었어요")
				.with(user(stranger))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.fixtures.shipmentStatus(shipment)).isEqualTo("PAID");
		assertThat(this.fixtures.page(get("/orders").with(user(stranger))).text()).doesNotContain(orderNumber);
		this.mvc.perform(get("/orders/20000101-999999").with(user(owner))).andExpect(status().isNotFound());
		this.mvc.perform(get("/orders/" + orderNumber)).andExpect(status().is3xxRedirection());
	}

	@Test
	void cancellingBeforeShippingRefundsThroughTheGatewayAndReturnsTheStock() throws Exception {
		OpenStore store = this.stores.open("취소 가게");
		long product = this.fixtures.liveProduct(store, "삼베 행주", "9,000", "10", "2,500");
		MallUser shopper = this.accounts.create("마음 바뀐 사람");
		this.fixtures.addToCart(shopper, product, 3);
		String orderNumber = this.fixtures.payByCard(shopper);
		assertThat(this.fixtures.stock(product)).isEqualTo(7);
		long shipment = this.fixtures.shipmentOf(orderNumber, store.store().sellerId());
		this.sellerShipments.accept(store.store().sellerId(), shipment);

		this.mvc
			.perform(post("/orders/" + orderNumber + "/shipments/" + shipment + "/cancel").with(user(shopper))
				.with(csrf()))
			.andExpect(redirectedUrl("/orders/" + orderNumber))
			.andExpect(flash().attribute("notice", "orders.notice.cancelled"));

		assertThat(this.fixtures.shipmentStatus(shipment)).isEqualTo("CANCELLED");
		assertThat(this.fixtures.stock(product)).isEqualTo(10);
		long orderId = this.orders.findByOrderNumber(orderNumber).orElseThrow().getId();
		assertThat(this.payments.findByOrderId(orderId).orElseThrow().getRefunded()).isEqualTo(29_500);
		assertThat(this.jdbc.queryForObject("SELECT amount FROM refund WHERE shipment_id = ?", Long.class, shipment))
			.isEqualTo(29_500);
		assertThat(this.jdbc.queryForObject(
				"SELECT c.refunded FROM sandbox_card_charge c JOIN payment p ON p.payment_key = c.payment_key WHERE p.order_id = ?",
				Long.class, orderId))
			.as("the card company gave the money back")
			.isEqualTo(29_500);

		Document detail = this.fixtures.page(get("/orders/" + orderNumber).with(user(shopper)));
		assertThat(detail.select(".shipment-status").text()).isEqualTo("취소 완료");
		// Cancelled while being prepared: paid is done, nothing is current, and it says
		// so.
		assertThat(detail.select(".stepper .step-done .step-name").eachText()).containsExactly("결제완료");
		assertThat(detail.select(".stepper [aria-current]")).isEmpty();
		assertThat(detail.select(".stepper-ending").text()).isEqualTo("이 배송은 취소되었습니다.");
		assertThat(detail.select(".refunded").text()).isEqualTo("29,500원");
		assertThat(detail.select("form[action$=/cancel]")).isEmpty();

		this.mvc
			.perform(post("/orders/" + orderNumber + "/shipments/" + shipment + "/cancel").with(user(shopper))
				.with(csrf()))
			.andExpect(redirectedUrl("/orders/" + orderNumber))
			.andExpect(flash().attribute("notice", "orders.notice.alreadyHandled"));
		assertThat(this.fixtures.stock(product)).as("stock returned once").isEqualTo(10);
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM refund WHERE shipment_id = ?", Integer.class, shipment))
			.isEqualTo(1);
	}

	@Test
	void confirmingBeforeDeliveryIsRefusedWithAMessageAndChangesNothing() throws Exception {
		OpenStore store = this.stores.open("급한 확정 가게");
		long product = this.fixtures.liveProduct(store, "옹기 항아리", "45,000", "3", "5,000");
		MallUser shopper = this.accounts.create("급한 사람");
		this.fixtures.addToCart(shopper, product, 1);
		String orderNumber = this.fixtures.payByCard(shopper);
		long shipment = this.fixtures.shipmentOf(orderNumber, store.store().sellerId());

		this.mvc
			.perform(post("/orders/" + orderNumber + "/shipments/" + shipment + "/confirm").with(user(shopper))
				.with(csrf()))
			.andExpect(redirectedUrl("/orders/" + orderNumber))
			.andExpect(flash().attribute("notice", "orders.notice.alreadyHandled"));
		assertThat(this.fixtures.shipmentStatus(shipment)).isEqualTo("PAID");
		assertThat(this.jdbc.queryForObject("SELECT confirmed_at FROM shipment WHERE id = ?", Instant.class, shipment))
			.isNull();
	}

	@Test
	void aReturnNeedsAReasonAndKeepsWhatWasTyped() throws Exception {
		OpenStore store = this.stores.open("반품 가게");
		long product = this.fixtures.liveProduct(store, "왕골 방석", "25,000", "6", "3,000");
		MallUser shopper = this.accounts.create("반품하는 사람");
		this.fixtures.addToCart(shopper, product, 1);
		String orderNumber = this.fixtures.payByCard(shopper);
		long sellerId = store.store().sellerId();
		long shipment = this.fixtures.shipmentOf(orderNumber, sellerId);
		this.sellerShipments.accept(sellerId, shipment);
		this.sellerShipments.ship(sellerId, shipment, Courier.CJ, "123456789012");
		this.sellerShipments.deliver(sellerId, shipment);

		Document delivered = this.fixtures.page(get("/orders/" + orderNumber).with(user(shopper)));
		assertThat(delivered.select(".tracking").text()).isEqualTo("CJ대한통운 123456789012");
		assertThat(delivered.select("form[action$=/confirm]")).hasSize(1);
		assertThat(delivered.select(".return-box")).hasSize(1);

		String path = "/orders/" + orderNumber + "/shipments/" + shipment + "/return";
		Document refused = this.fixtures.page(post(path).param("reason", "별로").with(user(shopper)).with(csrf()));
		assertThat(refused.select("#reason-" + shipment + "-error").text()).contains("5자 이상");
		assertThat(refused.select(".alert").text()).contains("입력한 내용을 다시 확인해 주세요");
		assertThat(refused.select("#reason-" + shipment).text()).isEqualTo("별로");
		assertThat(refused.select(".return-box").attr("open")).isNotNull();
		assertThat(refused.select(".return-box").hasAttr("open")).isTrue();
		assertThat(this.fixtures.shipmentStatus(shipment)).isEqualTo("DELIVERED");

		this.mvc.perform(post(path).param("reason", "색이 사진과 많이 달라요").with(user(shopper)).with(csrf()))
			.andExpect(redirectedUrl("/orders/" + orderNumber))
			.andExpect(flash().attribute("notice", "orders.notice.returnRequested"));
		assertThat(this.fixtures.shipmentStatus(shipment)).isEqualTo("RETURN_REQUESTED");
		Document requested = this.fixtures.page(get("/orders/" + orderNumber).with(user(shopper)));
		assertThat(requested.select(".shipment-status").text()).isEqualTo("반품 요청");
		assertThat(requested.select(".return-reason").text()).contains("색이 사진과 많이 달라요");
		assertThat(requested.select("form[action$=/confirm]")).isEmpty();
	}

	@Test
	void aShippedParcelLinksToItsCouriersTrackingPageAndTheStepperFollowsIt() throws Exception {
		OpenStore store = this.stores.open("송장 가게");
		long product = this.fixtures.liveProduct(store, "왕골 방석", "25,000", "6", "3,000");
		MallUser shopper = this.accounts.create("기다리는 사람");
		this.fixtures.addToCart(shopper, product, 1);
		String orderNumber = this.fixtures.payByCard(shopper);
		long shipment = this.fixtures.shipmentOf(orderNumber, store.store().sellerId());
		long sellerId = store.store().sellerId();
		this.sellerShipments.accept(sellerId, shipment);
		this.sellerShipments.ship(sellerId, shipment, Courier.CJ, "601234567890");

		Document shipped = this.fixtures.page(get("/orders/" + orderNumber).with(user(shopper)));
		assertThat(shipped.select(".tracking").text()).isEqualTo("CJ대한통운 601234567890");
		assertThat(shipped.select("a.tracking-link").attr("href"))
			.isEqualTo("https://trace.cjlogistics.com/next/tracking.html?wblNo=601234567890");
		assertThat(shipped.select("a.tracking-link").attr("rel")).contains("noopener");
		assertThat(shipped.select(".stepper .step-done .step-name").eachText()).containsExactly("결제완료", "상품준비");
		assertThat(shipped.select(".stepper [aria-current=step] .step-name").text()).isEqualTo("배송중");

		this.sellerShipments.deliver(sellerId, shipment);
		this.mvc.perform(
				post("/orders/" + orderNumber + "/shipments/" + shipment + "/return").param("reason", "크기가 생각보다 작아요")
					.with(user(shopper))
					.with(csrf()));
		Document returning = this.fixtures.page(get("/orders/" + orderNumber).with(user(shopper)));
		assertThat(returning.select(".stepper .step-done .step-name").eachText()).containsExactly("결제완료", "상품준비", "배송중",
				"배송완료");
		assertThat(returning.select(".stepper-ending").text()).contains("반품을 요청했습니다");
	}

	@Test
	void everyCourierTheSellersUseHasATrackingPageAndAnUnknownOneNoLink() {
		CourierTracking tracking = new CourierTracking();
		for (Courier courier : Courier.values()) {
			assertThat(tracking.url(courier, "123456789012")).as(courier.name())
				.startsWith("https://")
				.endsWith("123456789012");
		}
		assertThat(tracking.url(Courier.LOGEN, "12345678901"))
			.isEqualTo("https://www.ilogen.com/web/personal/trace/12345678901");
		assertThat(tracking.url(null, "123")).isNull();
		assertThat(tracking.url(Courier.CJ, " ")).isNull();
	}

}
