package kr.valuemall.order.checkout;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.IntegrationTest;
import kr.valuemall.TestCards;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.catalog.TestProducts;
import kr.valuemall.order.DeliveryOverride;
import kr.valuemall.order.ListingDelivery;
import kr.valuemall.order.cart.Basket;
import kr.valuemall.order.cart.CartOwner;
import kr.valuemall.order.cart.Carts;
import kr.valuemall.order.cart.ShippingPolicies;
import kr.valuemall.order.delivery.DeliveryTerms;
import kr.valuemall.order.delivery.RemoteArea;
import kr.valuemall.order.delivery.SellerDeliveryTerms;
import kr.valuemall.order.fulfilment.Courier;
import kr.valuemall.order.fulfilment.Order;
import kr.valuemall.order.fulfilment.OrderRepository;
import kr.valuemall.order.fulfilment.Shipment;
import kr.valuemall.order.payment.PaymentGateway;
import kr.valuemall.order.payment.PaymentMethod;
import kr.valuemall.order.payment.SandboxCardGateway;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Jeju and island extra fee at checkout, on PostgreSQL: each seller's fee once for
 * the delivery postal code, shown before payment, charged as shown, recorded on the
 * order, refunded with its shipment and passed to the seller like the shipping fee.
 */
@IntegrationTest
class IslandFeeCheckoutTests {

	static final DeliveryAddress JEJU = new DeliveryAddress("고제주", "010-2345-6789", "63309", "제주특별자치도 제주시 첨단로 242",
			"2층", "");

	static final DeliveryAddress ULLEUNG = new DeliveryAddress("울릉이", "010-3456-7890", "40200", "경상북도 울릉군 울릉읍 도동리 1",
			"", "");

	@Autowired
	Checkout checkout;

	@Autowired
	Carts carts;

	@Autowired
	OrderRepository orders;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestStores stores;

	@Autowired
	TestProducts products;

	@Autowired
	ShippingPolicies shippingPolicies;

	@Autowired
	SellerDeliveryTerms deliveryTerms;

	@Autowired
	ListingDelivery listingDelivery;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	TransactionTemplate transaction;

	@Autowired
	void transactions(PlatformTransactionManager transactions) {
		this.transaction = new TransactionTemplate(transactions);
	}

	@Test
	void aJejuAddressPaysEachSellersJejuFeeOnceEvenWithFreeShipping() {
		// A store with terms and free shipping from 50,000 won.
		OpenStore woodshop = this.stores.open("제주도 보내는 공방");
		this.deliveryTerms.save(woodshop.store().sellerId(), terms(3_000, 5_000));
		this.shippingPolicies.setThreshold(woodshop.store().sellerId(), 50_000L);
		long stool = this.products.live(woodshop.store().sellerId(), "원목 스툴", 30_000, 10, 3_000);
		// A store without terms, one of whose listings charges 4,000 won for Jeju.
		OpenStore mill = this.stores.open("약관 없는 방앗간");
		long oil = this.products.live(mill.store().sellerId(), "참기름 350ml", 18_000, 10, 2_500);
		long sesame = this.products.live(mill.store().sellerId(), "볶은 참깨", 9_000, 10, 2_500);
		this.listingDelivery.setOverride(oil, new DeliveryOverride(null, null, null, 4_000L, null));
		// A store that charges nothing extra.
		OpenStore farm = this.stores.open("추가요금 없는 농장");
		long rice = this.products.live(farm.store().sellerId(), "햅쌀 4kg", 10_000, 10, 3_000);
		MallUser shopper = this.accounts.create("고제주", Role.SHOPPER);
		add(shopper, stool, 2);
		add(shopper, oil, 1);
		add(shopper, sesame, 1);
		add(shopper, rice, 1);

		Basket mainland = this.checkout.basket(shopper.getId(), "04524");
		Basket jeju = this.checkout.basket(shopper.getId(), JEJU.postalCode());
		// Items 60,000 + 27,000 + 10,000; shipping 0 (free from 50,000) + 2,500 + 3,000.
		assertThat(mainland.total()).isEqualTo(97_000 + 5_500);
		assertThat(mainland.islandFeeTotal()).isZero();
		assertThat(jeju.destination()).isEqualTo(RemoteArea.JEJU);
		assertThat(jeju.parts()).extracting(Basket.SellerPart::islandFee).containsExactly(3_000L, 4_000L, 0L);
		assertThat(jeju.total()).isEqualTo(97_000 + 5_500 + 7_000);

		Checkout.Placement placement = pay(shopper, JEJU, jeju.total());

		Order order = placed(placement);
		assertThat(order.getTotal()).isEqualTo(109_500);
		assertThat(order.getIslandFeeTotal()).isEqualTo(7_000);
		assertThat(order.getRemoteArea()).isEqualTo(RemoteArea.JEJU);
		assertThat(order.getShipments()).extracting(Shipment::getIslandFee).containsExactly(3_000L, 4_000L, 0L);
		assertThat(this.jdbc.queryForObject("SELECT amount FROM payment WHERE order_id = ?", Long.class, order.getId()))
			.as("charged as shown")
			.isEqualTo(109_500);
	}

	@Test
	void aTotalAgreedForTheMainlandIsNotChargedToAnIslandAddress() {
		OpenStore shop = this.stores.open("울릉도 보내는 공방");
		this.deliveryTerms.save(shop.store().sellerId(), terms(3_000, 5_000));
		long cup = this.products.live(shop.store().sellerId(), "백자 머그컵", 20_000, 5, 3_000);
		MallUser shopper = this.accounts.create("울릉이", Role.SHOPPER);
		add(shopper, cup, 1);
		long mainlandTotal = this.checkout.basket(shopper.getId(), (String) null).total();

		assertThat(pay(shopper, ULLEUNG, mainlandTotal)).as("the page showed no island fee")
			.isEqualTo(new Checkout.Placement.IslandFeeChanged(true));
		assertThat(this.products.stockOf(cup)).as("nothing taken").isEqualTo(5);
		assertThat(pay(shopper, ULLEUNG, mainlandTotal + 5_000 - 1, ULLEUNG.postalCode()))
			.as("priced for the island, but another total")
			.isEqualTo(new Checkout.Placement.PriceChanged());

		Order order = placed(pay(shopper, ULLEUNG, mainlandTotal + 5_000));
		assertThat(order.getTotal()).isEqualTo(20_000 + 3_000 + 5_000);
		assertThat(order.getRemoteArea()).isEqualTo(RemoteArea.ISLAND);
	}

	@Test
	void theCheckoutPageShowsTheJejuFeeBeforePayingAndChargesWhatItShowed() throws Exception {
		OpenStore shop = this.stores.open("페이지 공방");
		this.deliveryTerms.save(shop.store().sellerId(), terms(3_000, 5_000));
		long tray = this.products.live(shop.store().sellerId(), "원목 쟁반", 21_000, 5, 4_000);
		MallUser shopper = this.accounts.create("화면 고객", Role.SHOPPER);
		add(shopper, tray, 1);

		Document first = page(get("/checkout").with(user(shopper)));
		assertThat(first.select("input[name=expectedTotal]").val()).isEqualTo("25000");
		assertThat(first.select(".island-fees").text()).isEqualTo("제주·도서산간 주소는 추가 배송비가 붙습니다: 제주 3,000원 · 도서산간 5,000원");

		Map<String, String> typed = Map.of("recipient", "고제주", "phone", "010-2345-6789", "postalCode", "63309",
				"address1", "제주특별자치도 제주시 첨단로 242", "cardNumber", "4242 4242 4242 4242", "cardExpiry", TestCards.EXPIRY);
		// With scripts, the recalculate button prices the typed address without paying.
		Document recalculated = page(submit(first, typed).param("action", "delivery").with(user(shopper)));
		assertThat(recalculated.select(".island-fee-notice").text())
			.isEqualTo("입력한 주소의 제주·도서산간 추가 배송비 3,000원을 합계에 넣었습니다. 결제 금액은 28,000원입니다.");
		assertThat(recalculated.select("input[name=expectedTotal]").val()).isEqualTo("28000");
		// Without them, the shopper presses pay on the page priced for the mainland:
		// nothing is charged, the new total is shown.
		Document quoted = page(submit(first, typed).with(user(shopper)));
		assertThat(quoted.select(".island-fee-notice").text())
			.isEqualTo("배송지가 제주·도서산간 지역이라 추가 배송비 3,000원이 붙었습니다. 결제 금액 28,000원을 확인하고 결제 버튼을 다시 눌러 주세요.");
		assertThat(quoted.select(".island-fee-total dt").text()).isEqualTo("제주 추가 배송비");
		assertThat(quoted.select(".island-fee-total dd").text()).isEqualTo("3,000원");
		assertThat(quoted.select(".grand-total dd").text()).isEqualTo("28,000원");
		assertThat(quoted.select("input[name=expectedTotal]").val()).isEqualTo("28000");
		assertThat(quoted.select("input[name=quotedPostalCode]").val()).isEqualTo("63309");
		assertThat(quoted.getElementById("postalCode").val()).as("typed input kept").isEqualTo("63309");
		assertThat(this.orders.findPlacedBy(shopper.getId(), org.springframework.data.domain.Pageable.unpaged()))
			.isEmpty();

		MvcResult paid = this.mvc
			.perform(submit(quoted, Map.of("cardNumber", "4242 4242 4242 4242")).with(user(shopper)))
			.andExpect(status().isFound())
			.andReturn();
		String orderPath = paid.getResponse().getRedirectedUrl().replace("/complete", "");
		Document orderPage = page(get(orderPath).with(user(shopper)));
		assertThat(orderPage.select(".payment-summary .island-fee-total").text()).isEqualTo("3,000원");
		assertThat(orderPage.select(".order-total").text()).isEqualTo("28,000원");

		// Next time the saved Jeju address is offered first, and priced as such at once.
		add(shopper, tray, 1);
		Document again = page(get("/checkout").with(user(shopper)));
		assertThat(again.select("input[name=expectedTotal]").val()).isEqualTo("28000");
		assertThat(again.select(".island-fee-tag").text()).isEqualTo("추가 배송비 3,000원");
		assertThat(again.select(".island-fee").text()).isEqualTo("제주 추가 배송비 3,000원");
	}

	@Test
	void theIslandFeeIsRefundedWithItsShipmentAndSettledWithTheShippingFee() throws Exception {
		OpenStore cancelled = this.stores.open("취소되는 공방");
		this.deliveryTerms.save(cancelled.store().sellerId(), terms(3_000, 5_000));
		long stool = this.products.live(cancelled.store().sellerId(), "원목 스툴", 30_000, 5, 3_000);
		OpenStore settled = this.stores.open("정산되는 공방");
		this.deliveryTerms.save(settled.store().sellerId(), terms(4_000, 6_000));
		long bowl = this.products.live(settled.store().sellerId(), "나무 그릇", 15_000, 5, 2_500);
		MallUser shopper = this.accounts.create("환불 고객", Role.SHOPPER);
		add(shopper, stool, 1);
		add(shopper, bowl, 1);
		Order order = placed(pay(shopper, JEJU, 30_000 + 3_000 + 3_000 + 15_000 + 2_500 + 4_000));
		long cancelledShipment = shipmentOf(order, cancelled);
		long settledShipment = shipmentOf(order, settled);

		this.mvc
			.perform(post("/orders/" + order.getOrderNumber() + "/shipments/" + cancelledShipment + "/cancel")
				.with(user(shopper))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("SELECT amount FROM refund WHERE shipment_id = ?", Long.class,
				cancelledShipment))
			.as("items, shipping and the Jeju fee")
			.isEqualTo(36_000);

		MallUser seller = settled.owner();
		this.mvc.perform(post("/seller/orders/" + settledShipment + "/accept").with(user(seller)).with(csrf()))
			.andExpect(status().isFound());
		this.mvc
			.perform(post("/seller/orders/" + settledShipment + "/ship").param("courier", Courier.CJ.name())
				.param("trackingNumber", "123456789012")
				.with(user(seller))
				.with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(post("/seller/orders/" + settledShipment + "/deliver").with(user(seller)).with(csrf()))
			.andExpect(status().isFound());
		this.mvc
			.perform(post("/orders/" + order.getOrderNumber() + "/shipments/" + settledShipment + "/confirm")
				.with(user(shopper))
				.with(csrf()))
			.andExpect(status().isFound());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForList(
					"SELECT amount FROM settlement_line WHERE kind = 'SHIPPING' AND shipment_id = ?", Long.class,
					settledShipment), (amounts) -> amounts.equals(List.of(6_500L)));
		assertThat(this.jdbc.queryForObject(
				"SELECT commission FROM settlement_line WHERE kind = 'SHIPPING' AND shipment_id = ?", Long.class,
				settledShipment))
			.as("no commission on shipping")
			.isZero();
	}

	private static DeliveryTerms terms(long jejuFee, long islandFee) {
		return new DeliveryTerms(2, 14, Courier.CJ, "(04524) 서울특별시 중구 세종대로 110", 3_000, 6_000, jejuFee, islandFee);
	}

	private void add(MallUser shopper, long productId, int quantity) {
		assertThat(this.carts.add(CartOwner.account(shopper.getId()), productId, quantity)).isPresent();
	}

	private Checkout.Placement pay(MallUser shopper, DeliveryAddress address, long expectedTotal) {
		return this.checkout.place(shopper.getId(),
				new Checkout.PlaceOrder(UUID.randomUUID(), address, PaymentMethod.CARD,
						new PaymentGateway.CardDetails(SandboxCardGateway.APPROVE, TestCards.EXPIRY), expectedTotal));
	}

	/** Paying a total the page priced for the quoted postal code. */
	private Checkout.Placement pay(MallUser shopper, DeliveryAddress address, long expectedTotal, String quoted) {
		return this.checkout.place(shopper.getId(),
				new Checkout.PlaceOrder(UUID.randomUUID(), address, PaymentMethod.CARD,
						new PaymentGateway.CardDetails(SandboxCardGateway.APPROVE, TestCards.EXPIRY), expectedTotal,
						null, CartSelection.ALL, quoted));
	}

	private Order placed(Checkout.Placement placement) {
		assertThat(placement).isInstanceOf(Checkout.Placement.Placed.class);
		String number = ((Checkout.Placement.Placed) placement).orderNumber();
		return this.transaction.execute((status) -> {
			Order order = this.orders.findByOrderNumber(number).orElseThrow();
			order.getShipments().forEach((shipment) -> shipment.getLines().size());
			return order;
		});
	}

	private long shipmentOf(Order order, OpenStore store) {
		return order.getShipments()
			.stream()
			.filter((shipment) -> shipment.getSellerId() == store.store().sellerId())
			.findFirst()
			.orElseThrow()
			.getId();
	}

	/**
	 * The checkout form as a browser sends it from this page: every field as the page
	 * filled it, with what the shopper typed over it.
	 */
	private static MockHttpServletRequestBuilder submit(Document page, Map<String, String> typed) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : page.select("form.checkout-form input[name]")) {
			String type = input.attr("type");
			if (("radio".equals(type) || "checkbox".equals(type)) && !input.hasAttr("checked")) {
				continue;
			}
			fields.put(input.attr("name"), input.val());
		}
		fields.putAll(typed);
		MockHttpServletRequestBuilder request = post("/checkout").with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
