package kr.valuemall.order.checkout;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.entry;

import java.util.Map;

import kr.valuemall.TestCards;
import kr.valuemall.catalog.listing.ProductOptions;
import kr.valuemall.order.ProductShelf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.IntegrationTest;
import kr.valuemall.TestClock;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.catalog.TestProducts;
import kr.valuemall.order.ShipmentStatus;
import kr.valuemall.order.cart.Basket;
import kr.valuemall.order.cart.CartLine;
import kr.valuemall.order.cart.CartOwner;
import kr.valuemall.order.cart.Carts;
import kr.valuemall.order.cart.ShippingPolicies;
import kr.valuemall.order.fulfilment.Order;
import kr.valuemall.order.fulfilment.OrderRepository;
import kr.valuemall.order.fulfilment.OrderStatus;
import kr.valuemall.order.fulfilment.Shipment;
import kr.valuemall.order.payment.Payment;
import kr.valuemall.order.payment.PaymentGateway;
import kr.valuemall.order.payment.PaymentMethod;
import kr.valuemall.order.payment.PaymentStatus;
import kr.valuemall.order.payment.Payments;
import kr.valuemall.order.payment.SandboxCardGateway;
import kr.valuemall.seller.TestStores.OpenStore;
import kr.valuemall.seller.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Checkout against real PostgreSQL: exactly one order and one charge per form, stock that
 * never goes below zero, and payments that never go missing.
 */
@IntegrationTest
class CheckoutTests {

	static final DeliveryAddress HOME = new DeliveryAddress("김가치", "010-1234-5678", "30103", "세종특별자치시 가름로 180",
			"101동 1001호", "문 앞에 놓아 주세요");

	@Autowired
	Checkout checkout;

	@Autowired
	Carts carts;

	@Autowired
	Payments payments;

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
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ProductShelf shelf;

	@Autowired
	MockMvc mvc;

	TransactionTemplate transaction;

	@Autowired
	void transactions(PlatformTransactionManager transactions) {
		this.transaction = new TransactionTemplate(transactions);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void oneCheckoutFromTwoSellersMakesOneOrderWithAShipmentEachAndTakesTheStock() {
		OpenStore woodshop = this.stores.open("양평 목공소");
		OpenStore mill = this.stores.open("서산 참기름 방앗간");
		long stool = this.products.live(woodshop.store().sellerId(), "원목 스툴", 59_000, 5, 3_000);
		long tray = this.products.live(woodshop.store().sellerId(), "원목 쟁반", 21_000, 5, 4_000);
		long oil = this.products.live(mill.store().sellerId(), "참기름 350ml", 18_000, 20, 2_500);
		MallUser shopper = this.accounts.create("김가치", Role.SHOPPER);
		add(shopper, stool, 1);
		add(shopper, tray, 2);
		add(shopper, oil, 3);

		Basket basket = this.checkout.basket(shopper.getId());
		assertThat(basket.parts()).hasSize(2);
		// One fee per seller: the highest of its items.
		assertThat(basket.parts().get(0).shippingFee()).isEqualTo(4_000);
		assertThat(basket.total()).isEqualTo(59_000 + 42_000 + 4_000 + 54_000 + 2_500);

		Checkout.Placement placement = pay(shopper, UUID.randomUUID(), SandboxCardGateway.APPROVE, basket.total());

		Order order = placed(placement);
		assertThat(order.getStatus()).isEqualTo(OrderStatus.PAID);
		assertThat(order.getOrderNumber()).matches("\\d{8}-\\d{6}");
		assertThat(order.getShipments()).extracting(Shipment::getStatus)
			.containsExactly(ShipmentStatus.PAID, ShipmentStatus.PAID);
		assertThat(order.getShipments()).extracting(Shipment::getSellerId)
			.containsExactlyInAnyOrder(woodshop.store().sellerId(), mill.store().sellerId());
		assertThat(this.products.stockOf(stool)).isEqualTo(4);
		assertThat(this.products.stockOf(tray)).isEqualTo(3);
		assertThat(this.products.stockOf(oil)).isEqualTo(17);
		assertThat(this.carts.lines(CartOwner.account(shopper.getId()))).isEmpty();
		assertThat(charges(order)).isEqualTo(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.products.salesOf(oil) == 3);
	}

	@Test
	void aFreeShippingThresholdWaivesTheSellersFee() {
		OpenStore shop = this.stores.open("무료배송 공방");
		this.shippingPolicies.setThreshold(shop.store().sellerId(), 50_000L);
		long cup = this.products.live(shop.store().sellerId(), "백자 머그컵", 20_000, 10, 3_000);
		MallUser shopper = this.accounts.create("이무료", Role.SHOPPER);
		add(shopper, cup, 2);
		Basket.SellerPart part = this.checkout.basket(shopper.getId()).parts().get(0);
		assertThat(part.shippingFee()).isEqualTo(3_000);
		assertThat(part.untilFreeShipping()).isEqualTo(10_000);
		add(shopper, cup, 1);
		assertThat(this.checkout.basket(shopper.getId()).parts().get(0).shippingFee()).isZero();
	}

	@Test
	void aDeclinedCardMakesNoPaidOrderKeepsTheCartAndPutsTheStockBack() {
		OpenStore shop = this.stores.open("거절 공방");
		long stool = this.products.live(shop.store().sellerId(), "원목 스툴", 59_000, 3, 3_000);
		MallUser shopper = this.accounts.create("박거절", Role.SHOPPER);
		add(shopper, stool, 2);
		long total = this.checkout.basket(shopper.getId()).total();

		Checkout.Placement placement = pay(shopper, UUID.randomUUID(), SandboxCardGateway.DECLINE, total);

		assertThat(placement).isEqualTo(new Checkout.Placement.Declined("CARD_DECLINED"));
		assertThat(this.products.stockOf(stool)).isEqualTo(3);
		assertThat(this.carts.lines(CartOwner.account(shopper.getId()))).extracting(CartLine::quantity)
			.containsExactly(2);
		assertThat(this.orders.findPlacedBy(shopper.getId(), org.springframework.data.domain.Pageable.unpaged()))
			.isEmpty();
		assertThat(placed(pay(shopper, UUID.randomUUID(), SandboxCardGateway.APPROVE, total)).getStatus())
			.isEqualTo(OrderStatus.PAID);
	}

	@Test
	void theSameFormSubmittedTwiceMakesOneOrderAndOneCharge() throws Exception {
		OpenStore shop = this.stores.open("두번 공방");
		long stool = this.products.live(shop.store().sellerId(), "원목 스툴", 59_000, 10, 3_000);
		MallUser shopper = this.accounts.create("최더블", Role.SHOPPER);
		add(shopper, stool, 1);
		long total = this.checkout.basket(shopper.getId()).total();
		UUID key = UUID.randomUUID();

		// A double click: both requests arrive together.
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Checkout.Placement>> clicks = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			clicks.add(pool.submit(() -> {
				start.await();
				return pay(shopper, key, SandboxCardGateway.APPROVE, total);
			}));
		}
		start.countDown();
		Checkout.Placement first = clicks.get(0).get(30, TimeUnit.SECONDS);
		Checkout.Placement second = clicks.get(1).get(30, TimeUnit.SECONDS);
		pool.shutdown();
		// And a refresh of the result page re-posts the form once more.
		Checkout.Placement refresh = pay(shopper, key, SandboxCardGateway.APPROVE, total);

		assertThat(first).isEqualTo(second).isEqualTo(refresh);
		Order order = placed(first);
		assertThat(countOrders(shopper)).isEqualTo(1);
		assertThat(charges(order)).isEqualTo(1);
		assertThat(this.products.stockOf(stool)).isEqualTo(9);
	}

	@Test
	void twoHundredBuyersTryingThreeTimesForTheLastTenUnitsMakeExactlyTenPaidOrders() throws Exception {
		OpenStore shop = this.stores.open("한정판 공방");
		long limited = this.products.live(shop.store().sellerId(), "한정판 도자기", 30_000, 10, 0);
		int buyers = 200;
		List<MallUser> shoppers = new ArrayList<>();
		for (int i = 0; i < buyers; i++) {
			MallUser shopper = this.accounts.create("구매자" + i, Role.SHOPPER);
			add(shopper, limited, 1);
			shoppers.add(shopper);
		}
		ExecutorService pool = Executors.newFixedThreadPool(buyers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> results = new ArrayList<>();
		for (MallUser shopper : shoppers) {
			results.add(pool.submit(() -> {
				start.await();
				int paid = 0;
				for (int attempt = 0; attempt < 3; attempt++) {
					Checkout.Placement placement = pay(shopper, UUID.randomUUID(), SandboxCardGateway.APPROVE, 30_000);
					if (placement instanceof Checkout.Placement.Placed) {
						paid++;
						break;
					}
					assertThat(placement).isInstanceOfAny(Checkout.Placement.Shortage.class,
							Checkout.Placement.EmptyCart.class);
				}
				return paid;
			}));
		}
		start.countDown();
		int paidOrders = 0;
		for (Future<Integer> result : results) {
			paidOrders += result.get(5, TimeUnit.MINUTES);
		}
		pool.shutdown();

		assertThat(paidOrders).isEqualTo(10);
		assertThat(this.products.stockOf(limited)).isZero();
		Integer paidRows = this.jdbc.queryForObject(
				"""
						SELECT count(*) FROM customer_order o JOIN shipment s ON s.order_id = o.id JOIN order_line l ON l.shipment_id = s.id
						WHERE l.product_id = ? AND o.status = 'PAID'""",
				Integer.class, limited);
		assertThat(paidRows).isEqualTo(10);
	}

	@Test
	void twoHundredBuyersOfOneOptionsLastTenUnitsMakeExactlyTenPaidOrdersAndLeaveTheOtherOptionsAlone()
			throws Exception {
		OpenStore shop = this.stores.open("옵션 한정판 공방");
		long shirt = this.products.liveWithOptions(shop.store().sellerId(), "리넨 셔츠", 39_000, 0,
				new ProductOptions("색상", "사이즈",
						List.of(new ProductOptions.Sku("블랙", "M", 0, 50), new ProductOptions.Sku("블랙", "L", 2_000, 10),
								new ProductOptions.Sku("화이트", "M", 0, 50),
								new ProductOptions.Sku("화이트", "L", 2_000, 50))));
		long blackLarge = this.products.skuOf(shirt, "블랙 / L");
		int buyers = 200;
		List<MallUser> shoppers = new ArrayList<>();
		for (int i = 0; i < buyers; i++) {
			MallUser shopper = this.accounts.create("옵션구매자" + i, Role.SHOPPER);
			this.carts.addSku(CartOwner.account(shopper.getId()), blackLarge, 1).orElseThrow();
			shoppers.add(shopper);
		}
		ExecutorService pool = Executors.newFixedThreadPool(buyers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> results = new ArrayList<>();
		for (MallUser shopper : shoppers) {
			results.add(pool.submit(() -> {
				start.await();
				int paid = 0;
				for (int attempt = 0; attempt < 3; attempt++) {
					// 39,000 + 2,000 for 블랙 / L, free shipping
					Checkout.Placement placement = pay(shopper, UUID.randomUUID(), SandboxCardGateway.APPROVE, 41_000);
					if (placement instanceof Checkout.Placement.Placed) {
						paid++;
						break;
					}
					assertThat(placement).isInstanceOfAny(Checkout.Placement.Shortage.class,
							Checkout.Placement.EmptyCart.class);
				}
				return paid;
			}));
		}
		start.countDown();
		int paidOrders = 0;
		for (Future<Integer> result : results) {
			paidOrders += result.get(5, TimeUnit.MINUTES);
		}
		pool.shutdown();

		assertThat(paidOrders).isEqualTo(10);
		assertThat(this.products.skuStocks(shirt)).containsExactly(entry("블랙 / M", 50), entry("블랙 / L", 0),
				entry("화이트 / M", 50), entry("화이트 / L", 50));
		assertThat(this.products.stockOf(shirt)).isEqualTo(150);
		List<Map<String, Object>> sold = this.jdbc.queryForList("""
				SELECT l.sku_id, l.option_label, l.unit_price FROM customer_order o JOIN shipment s ON s.order_id = o.id
				JOIN order_line l ON l.shipment_id = s.id WHERE l.product_id = ? AND o.status = 'PAID'""", shirt);
		assertThat(sold).hasSize(10)
			.allSatisfy((line) -> assertThat(line).containsEntry("sku_id", blackLarge)
				.containsEntry("option_label", "블랙 / L")
				.containsEntry("unit_price", 41_000L));
	}

	@Test
	void aCancelledOptionGoesBackToItsOwnSku() throws Exception {
		OpenStore shop = this.stores.open("옵션 취소 공방");
		long tangerine = this.products.liveWithOptions(shop.store().sellerId(), "한라봉", 20_000, 0,
				new ProductOptions("중량", null, List.of(new ProductOptions.Sku("1kg", null, -8_000, 5),
						new ProductOptions.Sku("3kg", null, 0, 5), new ProductOptions.Sku("5kg", null, 12_000, 5))));
		MallUser shopper = this.accounts.create("한라봉", Role.SHOPPER);
		this.carts.addSku(CartOwner.account(shopper.getId()), this.products.skuOf(tangerine, "1kg"), 2).orElseThrow();
		this.carts.addSku(CartOwner.account(shopper.getId()), this.products.skuOf(tangerine, "5kg"), 1).orElseThrow();
		assertThat(this.carts.add(CartOwner.account(shopper.getId()), tangerine, 1)).as("an option must be chosen")
			.isEmpty();

		Order order = placed(pay(shopper, UUID.randomUUID(), SandboxCardGateway.APPROVE, 2 * 12_000 + 32_000));
		assertThat(this.products.skuStocks(tangerine)).containsExactly(entry("1kg", 3), entry("3kg", 5),
				entry("5kg", 4));
		// The seller's packing list names each option with its units.
		Document packing = Jsoup
			.parse(this.mvc.perform(get("/seller/orders/packing").param("tab", "NEW").with(user(shop.owner())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
		assertThat(packing.select(".pick-table tbody tr").eachText()).containsExactly("한라봉 1kg 2", "한라봉 5kg 1");
		assertThat(packing.select(".packing-parcel .option-label").eachText()).containsExactly("옵션: 1kg", "옵션: 5kg");
		this.transaction.executeWithoutResult((status) -> this.shelf.giveBack(Order.quantities(order.getShipments())));

		assertThat(this.products.skuStocks(tangerine)).containsExactly(entry("1kg", 5), entry("3kg", 5),
				entry("5kg", 5));
		assertThat(this.products.stockOf(tangerine)).isEqualTo(15);
	}

	@Test
	void aPriceChangedAfterTheShopperSawItAsksAgainAndTakesNothing() {
		OpenStore shop = this.stores.open("가격변경 공방");
		long stool = this.products.live(shop.store().sellerId(), "원목 스툴", 59_000, 5, 3_000);
		MallUser shopper = this.accounts.create("정가격", Role.SHOPPER);
		add(shopper, stool, 1);
		long seen = this.checkout.basket(shopper.getId()).total();
		this.jdbc.update("UPDATE product SET price = 65000 WHERE id = ?", stool);

		assertThat(pay(shopper, UUID.randomUUID(), SandboxCardGateway.APPROVE, seen))
			.isEqualTo(new Checkout.Placement.PriceChanged());
		assertThat(this.products.stockOf(stool)).isEqualTo(5);
		assertThat(countOrders(shopper)).isZero();
	}

	@Test
	void aTimedOutChargeIsFoundByReconciliationAndTheOrderIsPaid() {
		OpenStore shop = this.stores.open("지연 공방");
		long stool = this.products.live(shop.store().sellerId(), "원목 스툴", 59_000, 5, 3_000);
		MallUser shopper = this.accounts.create("한지연", Role.SHOPPER);
		add(shopper, stool, 1);
		long total = this.checkout.basket(shopper.getId()).total();

		Order order = placed(pay(shopper, UUID.randomUUID(), SandboxCardGateway.TIMEOUT_CHARGED, total));
		assertThat(order.getStatus()).isEqualTo(OrderStatus.PAYMENT_PENDING);
		assertThat(this.payments.of(order.getId()).orElseThrow().getStatus()).isEqualTo(PaymentStatus.UNKNOWN);
		assertThat(this.products.stockOf(stool)).isEqualTo(4);

		this.clock.advance(Duration.ofMinutes(11));
		this.payments.reconcile();

		assertThat(this.orders.findById(order.getId()).orElseThrow().getStatus()).isEqualTo(OrderStatus.PAID);
		assertThat(this.payments.of(order.getId()).orElseThrow().getStatus()).isEqualTo(PaymentStatus.APPROVED);
		assertThat(this.products.stockOf(stool)).isEqualTo(4);
	}

	@Test
	void aTimedOutCallThatChargedNothingCancelsTheOrderAndReturnsTheStock() {
		OpenStore shop = this.stores.open("무응답 공방");
		long stool = this.products.live(shop.store().sellerId(), "원목 스툴", 59_000, 5, 3_000);
		MallUser shopper = this.accounts.create("오무응", Role.SHOPPER);
		add(shopper, stool, 1);
		long total = this.checkout.basket(shopper.getId()).total();

		Order order = placed(pay(shopper, UUID.randomUUID(), SandboxCardGateway.TIMEOUT_NOT_CHARGED, total));
		assertThat(this.products.stockOf(stool)).isEqualTo(4);
		// Not yet: the call may still be answered.
		this.payments.reconcile();
		assertThat(this.orders.findById(order.getId()).orElseThrow().getStatus())
			.isEqualTo(OrderStatus.PAYMENT_PENDING);

		this.clock.advance(Duration.ofMinutes(11));
		this.payments.reconcile();

		assertThat(this.orders.findById(order.getId()).orElseThrow().getStatus()).isEqualTo(OrderStatus.PAYMENT_FAILED);
		assertThat(this.products.stockOf(stool)).isEqualTo(5);
		assertThat(charges(order)).isZero();
	}

	@Test
	void aBankTransferWaitsForItsDepositWithAVirtualAccount() {
		OpenStore shop = this.stores.open("입금 공방");
		long stool = this.products.live(shop.store().sellerId(), "원목 스툴", 59_000, 5, 3_000);
		MallUser shopper = this.accounts.create("유입금", Role.SHOPPER);
		add(shopper, stool, 1);
		long total = this.checkout.basket(shopper.getId()).total();

		Order order = placed(this.checkout.place(shopper.getId(),
				new Checkout.PlaceOrder(UUID.randomUUID(), HOME, PaymentMethod.BANK_TRANSFER, null, total)));

		assertThat(order.getStatus()).isEqualTo(OrderStatus.AWAITING_DEPOSIT);
		Payment payment = this.payments.of(order.getId()).orElseThrow();
		assertThat(payment.getDepositAccount()).matches("\\d{3}-\\d{6}-\\d{5}");
		assertThat(payment.getDepositDeadline()).isAfter(order.getCreatedAt().plus(Duration.ofDays(2)));
		assertThat(this.products.stockOf(stool)).isEqualTo(4);
		assertThat(this.carts.lines(CartOwner.account(shopper.getId()))).isEmpty();
	}

	@Test
	void aCartQuantityNeverExceedsTheStockAndABrowsersCartJoinsTheAccountsAtSignIn() {
		OpenStore shop = this.stores.open("장바구니 공방");
		long stool = this.products.live(shop.store().sellerId(), "원목 스툴", 59_000, 4, 3_000);
		long tray = this.products.live(shop.store().sellerId(), "원목 쟁반", 21_000, 9, 3_000);
		CartOwner browser = CartOwner.browser(UUID.randomUUID());
		assertThat(this.carts.add(browser, stool, 3).orElseThrow().limited()).isFalse();
		Carts.Added more = this.carts.add(browser, stool, 3).orElseThrow();
		assertThat(more.limited()).isTrue();
		assertThat(more.quantity()).isEqualTo(4);

		MallUser shopper = this.accounts.create("장바구", Role.SHOPPER);
		add(shopper, stool, 2);
		add(shopper, tray, 1);
		this.carts.merge(browser.token(), shopper.getId());

		assertThat(this.carts.lines(CartOwner.account(shopper.getId())))
			.extracting(CartLine::productId, CartLine::quantity)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(stool, 4),
					org.assertj.core.groups.Tuple.tuple(tray, 1));
		assertThat(this.carts.lines(browser)).isEmpty();
	}

	private void add(MallUser shopper, long productId, int quantity) {
		this.carts.add(CartOwner.account(shopper.getId()), productId, quantity).orElseThrow();
	}

	private Checkout.Placement pay(MallUser shopper, UUID key, String card, long total) {
		return this.checkout.place(shopper.getId(), new Checkout.PlaceOrder(key, HOME, PaymentMethod.CARD,
				new PaymentGateway.CardDetails(card, TestCards.EXPIRY), total));
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

	private long countOrders(MallUser shopper) {
		return this.jdbc.queryForObject("SELECT count(*) FROM customer_order WHERE shopper_id = ?", Long.class,
				shopper.getId());
	}

	private long charges(Order order) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM sandbox_card_charge c JOIN payment p ON p.payment_key = c.payment_key WHERE p.order_id = ?",
				Long.class, order.getId());
	}

}
