package kr.valuemall.order.fulfilment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.account.AccountApi;
import kr.valuemall.account.AccountSummary;
import kr.valuemall.order.PriceOffers;
import kr.valuemall.order.ProductShelf;
import kr.valuemall.order.ShelfProduct;
import kr.valuemall.order.cart.Basket;
import kr.valuemall.order.cart.ShippingPolicies;
import kr.valuemall.order.checkout.DeliveryAddress;
import kr.valuemall.order.checkout.OrderNumbers;
import kr.valuemall.order.checkout.SavedAddresses;
import kr.valuemall.order.payment.Payment;
import kr.valuemall.order.payment.PaymentMethod;
import kr.valuemall.order.payment.PaymentRepository;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.shared.DemoProperties;

/**
 * The demo profile's orders: six months of history for most demo stores (some have never
 * sold, as in the real mall), a busier national-sale month, and for the demo shopper and
 * the demo seller an order in every state of the life cycle. Orders are built with the
 * domain's own transitions at past times, so every event goes out as it would have, and
 * settlement and reports fill from them. Runs once: an existing order leaves it alone.
 */
@Component
@Profile("demo")
@org.springframework.core.annotation.Order(50)
class DemoOrders implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoOrders.class);

	static final String DEMO_SHOPPER = "shopper@example.com";

	static final String DEMO_SELLER_STORE = "park-woodshop";

	private static final List<String> SHOPPERS = List.of(DEMO_SHOPPER, "jiho.lee@example.com",
			"seoyeon.choi@example.com", "dohyun.jung@example.com", "hayoon.kang@example.com",
			"minjun.yoon@example.com");

	/** Stores that never sold: the reports' outreach list must not be empty. */
	private static final int NEVER_SOLD_EVERY = 3;

	private static final Map<String, DeliveryAddress> ADDRESSES = Map.of(DEMO_SHOPPER,
			new DeliveryAddress("김민지", "010-1234-5678", "04524", "서울특별시 중구 세종대로 110", "3층", "문 앞에 놓아 주세요"));

	private static final DeliveryAddress OTHER_ADDRESS = new DeliveryAddress("이지호", "010-3456-7890", "48058",
			"부산광역시 해운대구 센텀중앙로 79", "1203호", "");

	private final OrderRepository orders;

	private final PaymentRepository payments;

	/** Refunds go through the same books as a shopper's, at the demo's past times. */
	private final OrderRefunds refunds;

	private final ProductShelf shelf;

	private final SellerApi sellers;

	private final AccountApi accounts;

	private final OrderNumbers numbers;

	private final JdbcClient jdbc;

	private final SavedAddresses addresses;

	private final TransactionTemplate transaction;

	private final Clock clock;

	/**
	 * Campaign prices at each order's time, so the past sale's orders carry its campaign
	 * (DemoPromotions runs first).
	 */
	private final ObjectProvider<PriceOffers> offers;

	/** A small demo orders every third day that a full one would. */
	private final DemoProperties demo;

	DemoOrders(OrderRepository orders, PaymentRepository payments, OrderRefunds refunds, ProductShelf shelf,
			SellerApi sellers, AccountApi accounts, OrderNumbers numbers, JdbcClient jdbc, SavedAddresses addresses,
			PlatformTransactionManager transactions, Clock clock, ObjectProvider<PriceOffers> offers,
			DemoProperties demo) {
		this.demo = demo;
		this.offers = offers;
		this.addresses = addresses;
		this.orders = orders;
		this.payments = payments;
		this.refunds = refunds;
		this.shelf = shelf;
		this.sellers = sellers;
		this.accounts = accounts;
		this.numbers = numbers;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.orders.count() > 0) {
			return;
		}
		List<AccountSummary> shoppers = SHOPPERS.stream()
			.flatMap((email) -> this.accounts.findByEmail(email).stream())
			.toList();
		if (shoppers.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		Random random = new Random(20261126L);
		int made = 0;
		List<StoreSummary> stores = this.sellers.newestStores(200);
		for (int i = 0; i < stores.size(); i++) {
			StoreSummary store = stores.get(i);
			boolean demoSeller = DEMO_SELLER_STORE.equals(store.slug());
			if (!demoSeller && i % NEVER_SOLD_EVERY == 1) {
				continue;
			}
			List<ShelfProduct> products = liveSkus(store.sellerId());
			if (products.isEmpty()) {
				continue;
			}
			made += history(store, products, shoppers, random, now);
		}
		made += bulkOrder(stores, shoppers.get(1 % shoppers.size()), now);
		StoreSummary demoStore = this.sellers.storeBySlug(DEMO_SELLER_STORE).orElse(null);
		AccountSummary demoShopper = shoppers.get(0);
		if (demoStore != null && DEMO_SHOPPER.equals(demoShopper.email())) {
			made += everyState(demoStore, liveSkus(demoStore.sellerId()), demoShopper, now);
			this.addresses.remember(demoShopper.id(), ADDRESSES.get(DEMO_SHOPPER), now);
		}
		logger.info("Demo orders created: {}", made);
	}

	/**
	 * Past orders of a store since it opened: a few a month, three times as many in the
	 * national sale two months ago. Most are confirmed; a few cancelled or returned.
	 */
	private int history(StoreSummary store, List<ShelfProduct> products, List<AccountSummary> shoppers, Random random,
			Instant now) {
		Instant opened = (store.openedAt() != null) ? store.openedAt() : now.minus(Duration.ofDays(180));
		int made = 0;
		int stride = this.demo.small() ? 3 : 1;
		for (int daysAgo = 180; daysAgo > 9;) {
			Instant placed = now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofMinutes(random.nextInt(600)));
			boolean saleMonth = daysAgo >= 45 && daysAgo < 75;
			// A small demo thins out the ordinary months only: the sale month is what the
			// reports compare.
			daysAgo -= (1 + random.nextInt(12)) * (saleMonth ? 1 : stride);
			if (placed.isBefore(opened)) {
				continue;
			}
			int count = saleMonth ? 3 : 1;
			for (int n = 0; n < count; n++) {
				AccountSummary shopper = shoppers.get(random.nextInt(shoppers.size()));
				ShelfProduct product = products.get(random.nextInt(products.size()));
				int quantity = 1 + random.nextInt(2);
				int fate = random.nextInt(100);
				Stage stage = (fate < 5) ? Stage.CANCELLED : (fate < 8) ? Stage.RETURNED : Stage.CONFIRMED;
				PriceOffers.Offer offer = this.offers.getIfAvailable(() -> PriceOffers.NONE)
					.campaignPrices(List.of(product), placed)
					.get(product.id());
				Basket.Item item = new Basket.Item(product, quantity, (offer != null) ? offer.price() : product.price(),
						offer);
				make(shopper, List.of(item), store, placed, stage);
				made++;
			}
		}
		return made;
	}

	/**
	 * A large order confirmed early in the month before last: DemoLateRefunds refunds it
	 * last month, and its store's last statement goes below zero and carries the balance
	 * forward.
	 */
	private int bulkOrder(List<StoreSummary> stores, AccountSummary shopper, Instant now) {
		java.time.ZoneId korea = java.time.ZoneId.of("Asia/Seoul");
		Instant placed = java.time.LocalDate.ofInstant(now, korea)
			.withDayOfMonth(1)
			.minusMonths(2)
			.plusDays(2)
			.atStartOfDay(korea)
			.toInstant()
			.plus(Duration.ofHours(11));
		for (StoreSummary store : stores) {
			List<ShelfProduct> products = liveSkus(store.sellerId());
			if (DEMO_SELLER_STORE.equals(store.slug()) || products.isEmpty() || store.openedAt() == null
					|| store.openedAt().isAfter(placed)) {
				continue;
			}
			ShelfProduct priciest = products.stream()
				.max(java.util.Comparator.comparingLong(ShelfProduct::price))
				.orElseThrow();
			make(shopper, List.of(new Basket.Item(priciest, 12, priciest.price())), store, placed, Stage.CONFIRMED);
			return 1;
		}
		return 0;
	}

	/** The demo shopper's orders from the demo seller: one in every state, recent. */
	private int everyState(StoreSummary store, List<ShelfProduct> products, AccountSummary shopper, Instant now) {
		if (products.isEmpty()) {
			return 0;
		}
		Stage[] stages = Stage.values();
		for (int i = 0; i < stages.length; i++) {
			ShelfProduct product = products.get(i % products.size());
			Instant placed = now.minus(Duration.ofDays(stages[i].daysAgo)).minus(Duration.ofHours(i));
			make(shopper, List.of(new Basket.Item(product, 1, product.price())), store, placed, stages[i]);
		}
		return stages.length;
	}

	private Order make(AccountSummary shopper, List<Basket.Item> items, StoreSummary store, Instant placed,
			Stage stage) {
		long itemsTotal = items.stream().mapToLong(Basket.Item::amount).sum();
		long fee = ShippingPolicies.feeFor(items, itemsTotal, null);
		Basket basket = new Basket(
				List.of(new Basket.SellerPart(store.sellerId(), store.storeName(), store.slug(), items, fee, null)));
		PaymentMethod method = (stage == Stage.AWAITING_DEPOSIT || stage == Stage.REFUND_AWAITING_ACCOUNT)
				? PaymentMethod.BANK_TRANSFER : PaymentMethod.CARD;
		DeliveryAddress address = ADDRESSES.getOrDefault(shopper.email(), OTHER_ADDRESS);
		return this.transaction.execute((status) -> {
			Order order = this.orders.saveAndFlush(new Order(this.numbers.next(placed), UUID.randomUUID(), shopper.id(),
					method, address, basket, placed));
			Payment payment = new Payment(order.getId(), method, order.getTotal(),
					(method == PaymentMethod.CARD) ? "4242" : null, placed);
			if (stage == Stage.AWAITING_DEPOSIT) {
				payment.awaitDeposit("가치은행", "562-" + String.format("%06d", order.getId()) + "-01234",
						placed.plus(Duration.ofDays(3)));
				order.awaitDeposit(placed);
				this.payments.save(payment);
				return this.orders.save(order);
			}
			if (method == PaymentMethod.BANK_TRANSFER) {
				payment.awaitDeposit("가치은행", "562-" + String.format("%06d", order.getId()) + "-01234",
						placed.plus(Duration.ofDays(3)));
				payment.approved("DEPOSIT-" + order.getOrderNumber(), placed.plus(Duration.ofHours(2)));
				this.payments.save(payment);
				order.paid(placed.plus(Duration.ofHours(2)));
				this.orders.saveAndFlush(order);
				this.refunds.refund(order, order.getShipments().get(0).getId(), List.of(), "판매자 재고 부족으로 발송하지 못해 환불합니다.",
						"admin@example.com", placed.plus(Duration.ofHours(6)));
				return this.orders.save(order);
			}
			payment.approved("SBX-DEMO-" + order.getId(), placed);
			this.payments.save(payment);
			this.jdbc
				.sql("INSERT INTO sandbox_card_charge (payment_key, amount, reference, charged_at) VALUES (?, ?, ?, ?)")
				.params(payment.getPaymentKey(), payment.getAmount(), "SBX-DEMO-" + order.getId(),
						java.sql.Timestamp.from(placed))
				.update();
			order.paid(placed);
			Shipment shipment = order.getShipments().get(0);
			this.orders.saveAndFlush(order);
			advance(order, shipment, stage, placed);
			return this.orders.save(order);
		});
	}

	private void advance(Order order, Shipment shipment, Stage stage, Instant placed) {
		long id = shipment.getId();
		if (stage == Stage.PAID) {
			return;
		}
		if (stage == Stage.CANCELLED) {
			this.refunds.refund(order, id, List.of(), null, null, placed.plus(Duration.ofHours(3)));
			return;
		}
		order.accept(id, placed.plus(Duration.ofHours(5)));
		if (stage == Stage.PREPARING) {
			return;
		}
		order.ship(id, Courier.values()[(int) (id % Courier.values().length)],
				"6" + String.format("%011d", 40_000_000_000L + id * 7919), placed.plus(Duration.ofDays(1)));
		if (stage == Stage.SHIPPED) {
			return;
		}
		order.deliver(id, placed.plus(Duration.ofDays(2)));
		if (stage == Stage.DELIVERED) {
			return;
		}
		if (stage == Stage.RETURN_REQUESTED || stage == Stage.RETURNED) {
			order.requestReturn(id, "사이즈가 맞지 않아 반품을 요청합니다.", placed.plus(Duration.ofDays(3)));
			if (stage == Stage.RETURNED) {
				this.refunds.refund(order, id, List.of(), null, null, placed.plus(Duration.ofDays(5)));
			}
			return;
		}
		order.confirm(id, placed.plus(Duration.ofDays(4)));
	}

	/**
	 * How far a demo order has come, and how many days ago the demo shopper's one was
	 * placed.
	 */
	enum Stage {

		AWAITING_DEPOSIT(0), PAID(0), PREPARING(1), SHIPPED(2), DELIVERED(3), RETURN_REQUESTED(5), CONFIRMED(12),
		CANCELLED(6), RETURNED(20),
		/**
		 * Paid by bank transfer, then refunded by staff: the refund waits for the
		 * shopper's refund account (the order page asks for it, /admin/refunds lists it).
		 */
		REFUND_AWAITING_ACCOUNT(4);

		final int daysAgo;

		Stage(int daysAgo) {
			this.daysAgo = daysAgo;
		}

	}

	/**
	 * A seller's first live listings, each as its first SKU (with its option's label and
	 * price), what the demo orders are made of.
	 */
	private List<ShelfProduct> liveSkus(long sellerId) {
		List<ShelfProduct> listings = this.shelf.liveOf(sellerId, 10);
		java.util.Map<Long, ShelfProduct> skus = this.shelf
			.findSkus(listings.stream().map(ShelfProduct::skuId).toList());
		return listings.stream().map((listing) -> skus.getOrDefault(listing.skuId(), listing)).toList();
	}

}
