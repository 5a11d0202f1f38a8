package kr.valuemall.order.checkout;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.IntegrationTest;
import kr.valuemall.TestCards;
import kr.valuemall.TestClock;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.catalog.TestProducts;
import kr.valuemall.order.OrderPaid;
import kr.valuemall.order.OrderedLine;
import kr.valuemall.order.PriceOffers;
import kr.valuemall.order.ShelfProduct;
import kr.valuemall.order.cart.CartOwner;
import kr.valuemall.order.cart.Carts;
import kr.valuemall.order.fulfilment.Order;
import kr.valuemall.order.fulfilment.OrderRepository;
import kr.valuemall.order.fulfilment.Shipment;
import kr.valuemall.order.payment.PaymentGateway;
import kr.valuemall.order.payment.PaymentMethod;
import kr.valuemall.order.payment.Payments;
import kr.valuemall.order.payment.SandboxCardGateway;
import kr.valuemall.seller.TestStores.OpenStore;
import kr.valuemall.seller.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coupons at checkout: the limits hold under concurrent use, a failed payment gives the
 * use back, the shopper pays the discounted total while sellers' lines stay undiscounted,
 * and each shipment carries its share so a refund of it gives back the right amount.
 */
@IntegrationTest
@RecordApplicationEvents
class CouponCheckoutTests {

	@Autowired
	Checkout checkout;

	@Autowired
	Carts carts;

	@Autowired
	Payments payments;

	@Autowired
	kr.valuemall.order.fulfilment.OrderRefunds refunds;

	@Autowired
	OrderRepository orders;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestStores stores;

	@Autowired
	TestProducts products;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEvents events;

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
	void fiftyShoppersAtOnceWithACouponForTenMakeExactlyTenDiscountedOrders() throws Exception {
		OpenStore shop = this.stores.open("쿠폰 공방");
		long cup = this.products.live(shop.store().sellerId(), "쿠폰 머그컵", 40_000, 500, 0);
		String code = coupon("RUSH" + suffix(), 3_000, 30_000, 1, 10);
		int shoppers = 50;
		List<MallUser> buyers = new ArrayList<>();
		for (int i = 0; i < shoppers; i++) {
			MallUser shopper = this.accounts.create("쿠폰" + i, Role.SHOPPER);
			this.carts.add(CartOwner.account(shopper.getId()), cup, 1).orElseThrow();
			buyers.add(shopper);
		}
		ExecutorService pool = Executors.newFixedThreadPool(shoppers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Checkout.Placement>> results = new ArrayList<>();
		for (MallUser shopper : buyers) {
			results.add(pool.submit(() -> {
				start.await();
				return pay(shopper, 37_000, code, SandboxCardGateway.APPROVE);
			}));
		}
		start.countDown();
		int placed = 0;
		int usedUp = 0;
		for (Future<Checkout.Placement> result : results) {
			Checkout.Placement placement = result.get(5, TimeUnit.MINUTES);
			if (placement instanceof Checkout.Placement.Placed) {
				placed++;
			}
			else if (placement.equals(new Checkout.Placement.CouponRefused(PriceOffers.CouponRefusal.USED_UP, 0))) {
				usedUp++;
			}
		}
		pool.shutdown();

		assertThat(placed).isEqualTo(10);
		assertThat(usedUp).isEqualTo(40);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM customer_order WHERE coupon_code = ? AND discount = 3000 AND total = 37000 AND status = 'PAID'",
				Integer.class, code))
			.isEqualTo(10);
		assertThat(used(code)).isEqualTo(10);
		assertThat(this.products.stockOf(cup)).isEqualTo(490);
	}

	@Test
	void aShopperMayUseAOncePerShopperCouponOnceEvenWithTwoCheckoutsAtOnce() throws Exception {
		OpenStore shop = this.stores.open("한번 공방");
		long cup = this.products.live(shop.store().sellerId(), "한번 머그컵", 40_000, 50, 0);
		String code = coupon("ONCE" + suffix(), 3_000, 30_000, 1, 100);
		MallUser shopper = this.accounts.create("한번만", Role.SHOPPER);
		this.carts.add(CartOwner.account(shopper.getId()), cup, 1).orElseThrow();

		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Checkout.Placement>> tabs = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			tabs.add(pool.submit(() -> {
				start.await();
				return pay(shopper, 37_000, code, SandboxCardGateway.APPROVE);
			}));
		}
		start.countDown();
		List<Checkout.Placement> placements = new ArrayList<>();
		for (Future<Checkout.Placement> tab : tabs) {
			placements.add(tab.get(1, TimeUnit.MINUTES));
		}
		pool.shutdown();

		assertThat(placements).filteredOn(Checkout.Placement.Placed.class::isInstance).hasSize(1);
		// The cart was emptied by the first order, or the coupon was refused: either way
		// no second discount.
		assertThat(placements).filteredOn((p) -> !(p instanceof Checkout.Placement.Placed))
			.allMatch((p) -> p instanceof Checkout.Placement.EmptyCart
					|| p.equals(new Checkout.Placement.CouponRefused(PriceOffers.CouponRefusal.ALREADY_USED, 0)));

		this.carts.add(CartOwner.account(shopper.getId()), cup, 1).orElseThrow();
		assertThat(this.checkout.previewCoupon(shopper.getId(), code, this.checkout.basket(shopper.getId())))
			.isEqualTo(new PriceOffers.CouponOutcome.Refused(PriceOffers.CouponRefusal.ALREADY_USED, 0));
		assertThat(pay(shopper, 37_000, code, SandboxCardGateway.APPROVE))
			.isEqualTo(new Checkout.Placement.CouponRefused(PriceOffers.CouponRefusal.ALREADY_USED, 0));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM customer_order WHERE coupon_code = ?", Integer.class,
				code))
			.isEqualTo(1);
	}

	@Test
	void aDeclinedCardGivesTheCouponBackAndAnUnpaidDepositDoesToo() {
		OpenStore shop = this.stores.open("반환 공방");
		long cup = this.products.live(shop.store().sellerId(), "반환 머그컵", 40_000, 50, 0);
		String code = coupon("BACK" + suffix(), 3_000, 30_000, 1, 1);
		MallUser shopper = this.accounts.create("반환해", Role.SHOPPER);
		this.carts.add(CartOwner.account(shopper.getId()), cup, 1).orElseThrow();

		assertThat(pay(shopper, 37_000, code, SandboxCardGateway.DECLINE))
			.isInstanceOf(Checkout.Placement.Declined.class);
		assertThat(used(code)).isZero();

		Checkout.Placement deposit = this.checkout.place(shopper.getId(), new Checkout.PlaceOrder(UUID.randomUUID(),
				OrderFixtures.address(), PaymentMethod.BANK_TRANSFER, null, 37_000, code));
		assertThat(deposit).isInstanceOf(Checkout.Placement.Placed.class);
		assertThat(used(code)).isEqualTo(1);
		this.clock.advance(Duration.ofDays(8));
		this.payments.expireDeposits();
		assertThat(used(code)).isZero();

		this.carts.add(CartOwner.account(shopper.getId()), cup, 1).orElseThrow();
		assertThat(pay(shopper, 37_000, code, SandboxCardGateway.APPROVE))
			.isInstanceOf(Checkout.Placement.Placed.class);
		assertThat(used(code)).isEqualTo(1);
	}

	@Test
	void theShopperPaysTheDiscountedTotalWhileSellersLinesStayUndiscounted() {
		OpenStore woodshop = this.stores.open("할인 목공소");
		OpenStore mill = this.stores.open("할인 방앗간");
		long stool = this.products.live(woodshop.store().sellerId(), "할인 스툴", 60_000, 5, 3_000);
		long oil = this.products.live(mill.store().sellerId(), "할인 참기름", 20_000, 5, 2_500);
		String code = percentCoupon("TENOFF" + suffix(), 10, 7_001);
		MallUser shopper = this.accounts.create("나할인", Role.SHOPPER);
		this.carts.add(CartOwner.account(shopper.getId()), stool, 1).orElseThrow();
		this.carts.add(CartOwner.account(shopper.getId()), oil, 1).orElseThrow();
		// 10% of 80,000 is 8,000, capped at 7,001; shipping 5,500 is not discounted.
		long payable = 80_000 + 5_500 - 7_001;

		Checkout.Placement placement = pay(shopper, payable, code, SandboxCardGateway.APPROVE);

		Order order = placed(placement);
		assertThat(order.getDiscount()).isEqualTo(7_001);
		assertThat(order.getTotal()).isEqualTo(payable);
		assertThat(this.payments.of(order.getId()).orElseThrow().getAmount()).isEqualTo(payable);
		// Shares by items: 60,000 / 80,000 of 7,001 = 5,250.75 → 5,250, and 1,750.25 →
		// 1,750; the won left goes to the larger shipment.
		Shipment woodshopShipment = order.getShipments()
			.stream()
			.filter((s) -> s.getSellerId() == woodshop.store().sellerId())
			.findFirst()
			.orElseThrow();
		Shipment millShipment = order.getShipments()
			.stream()
			.filter((s) -> s.getSellerId() == mill.store().sellerId())
			.findFirst()
			.orElseThrow();
		assertThat(woodshopShipment.getDiscount()).isEqualTo(5_251);
		assertThat(millShipment.getDiscount()).isEqualTo(1_750);

		OrderPaid paid = this.events.stream(OrderPaid.class)
			.filter((event) -> event.orderId() == order.getId())
			.findFirst()
			.orElseThrow();
		assertThat(paid.paidTotal()).isEqualTo(payable);
		assertThat(paid.shipments()).flatExtracting(OrderPaid.PaidShipment::lines)
			.extracting(OrderedLine::amount)
			.containsExactlyInAnyOrder(60_000L, 20_000L);

		// Cancelling the mill's shipment gives back its total less its share.
		this.transaction.executeWithoutResult((status) -> {
			Order locked = this.orders.findForUpdate(order.getId()).orElseThrow();
			this.refunds.refundAll(locked, millShipment.getId(), null, null);
		});
		assertThat(this.jdbc.queryForObject("SELECT amount FROM refund WHERE shipment_id = ?", Long.class,
				millShipment.getId()))
			.isEqualTo(20_000 + 2_500 - 1_750);
	}

	@Test
	void aCouponIsRefusedBelowItsMinimumBeforeItStartsAndAfterItEnds() {
		OpenStore shop = this.stores.open("조건 공방");
		long cup = this.products.live(shop.store().sellerId(), "조건 머그컵", 20_000, 50, 0);
		String code = coupon("RULES" + suffix(), 3_000, 30_000, 1, 10);
		MallUser shopper = this.accounts.create("조건이", Role.SHOPPER);
		this.carts.add(CartOwner.account(shopper.getId()), cup, 1).orElseThrow();

		assertThat(pay(shopper, 17_000, code, SandboxCardGateway.APPROVE))
			.isEqualTo(new Checkout.Placement.CouponRefused(PriceOffers.CouponRefusal.BELOW_MINIMUM, 30_000));
		assertThat(pay(shopper, 17_000, "NO-SUCH-CODE", SandboxCardGateway.APPROVE))
			.isEqualTo(new Checkout.Placement.CouponRefused(PriceOffers.CouponRefusal.UNKNOWN, 0));
		this.carts.add(CartOwner.account(shopper.getId()), cup, 1).orElseThrow();
		this.clock.advance(Duration.ofDays(40));
		assertThat(pay(shopper, 37_000, code, SandboxCardGateway.APPROVE))
			.isEqualTo(new Checkout.Placement.CouponRefused(PriceOffers.CouponRefusal.EXPIRED, 0));
		this.clock.advance(Duration.ofDays(-45));
		assertThat(pay(shopper, 37_000, code, SandboxCardGateway.APPROVE))
			.isEqualTo(new Checkout.Placement.CouponRefused(PriceOffers.CouponRefusal.NOT_YET, 0));
		assertThat(this.products.stockOf(cup)).isEqualTo(50);
	}

	@Test
	void withoutAPromotionModuleNothingIsDiscountedAndNoCouponIsAccepted() {
		assertThat(PriceOffers.NONE.campaignPrices(
				List.of(new ShelfProduct(1, 1, "스툴", "chairs-stools", 10_000, 1, 0, null, true)), this.clock.instant()))
			.isEmpty();
		assertThat(PriceOffers.NONE.applyCoupon("WELCOME3000", 1, 50_000, UUID.randomUUID(), this.clock.instant()))
			.isInstanceOf(PriceOffers.CouponOutcome.Refused.class);
	}

	private Checkout.Placement pay(MallUser shopper, long total, String code, String card) {
		return this.checkout.place(shopper.getId(), new Checkout.PlaceOrder(UUID.randomUUID(), OrderFixtures.address(),
				PaymentMethod.CARD, new PaymentGateway.CardDetails(card, TestCards.EXPIRY), total, code));
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

	private String coupon(String code, long amount, long minimum, int perShopper, int total) {
		insert(code, "FIXED", amount, null, null, minimum, perShopper, total);
		return code;
	}

	private String percentCoupon(String code, int percent, long cap) {
		insert(code, "PERCENT", null, percent, cap, 0, 1, 100);
		return code;
	}

	private void insert(String code, String kind, Long amount, Integer percent, Long cap, long minimum, int perShopper,
			int total) {
		Instant now = this.clock.instant();
		this.jdbc
			.update("""
					INSERT INTO coupon (code, kind, amount, percent, max_discount, minimum_order, valid_from, valid_until,
						per_shopper_limit, total_limit, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?)""",
					code, kind, amount, percent, cap, minimum, Timestamp.from(now.minus(Duration.ofDays(1))),
					Timestamp.from(now.plus(Duration.ofDays(30))), perShopper, total, Timestamp.from(now));
	}

	private int used(String code) {
		return this.jdbc.queryForObject("SELECT used FROM coupon WHERE code = ?", Integer.class, code);
	}

	private static String suffix() {
		return Long.toString(System.nanoTime() % 1_000_000_000L);
	}

}
