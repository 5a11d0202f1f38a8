package kr.valuemall.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.EventFlowTest;
import kr.valuemall.EventPublications;
import kr.valuemall.account.AccountApi;
import kr.valuemall.order.ListingDelivery;
import kr.valuemall.order.OrderPaid;
import kr.valuemall.order.OrderPaid.PaidShipment;
import kr.valuemall.order.OrderedLine;
import kr.valuemall.order.ShipmentConfirmed;
import kr.valuemall.order.ShipmentRefunded;
import kr.valuemall.origin.ListingHeld;
import kr.valuemall.origin.ListingReview;
import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginApi;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.origin.ReviewStatus;
import kr.valuemall.promotion.Spotlight;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreDetailsChanged;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.web.DateTimeDisplay;
import kr.valuemall.shared.Region;
import kr.valuemall.web.SiteLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import kr.valuemall.catalog.listing.Product;
import kr.valuemall.catalog.listing.ProductDetails;
import kr.valuemall.catalog.listing.ProductRepository;
import kr.valuemall.catalog.listing.ProductStatus;
import kr.valuemall.catalog.listing.SalesCounter;

/**
 * The catalog learns what was sold and what may be reviewed from the order module's
 * events, which listings must leave the shop from the origin module's, and a store's new
 * name (for its search copy) from the seller module's. Here the catalog runs alone and
 * gets those events as the other modules publish them: so these tests show that the
 * events by themselves move a product's sales count (the best-selling sort), make a
 * confirmed line reviewable for its shopper, and take a listing put on hold off sale,
 * while a hold announced after staff released it again changes nothing (origin is asked
 * where the listing stands now). Each test makes its own products of a seller no other
 * test uses.
 */
@EventFlowTest
// Origin's API answers where a listing stands; the others serve pages not used here.
@MockitoBean(types = { OriginApi.class, AccountApi.class, SellerApi.class, Spotlight.class, DateTimeDisplay.class,
		SiteLinks.class, ListingDelivery.class, kr.valuemall.order.ShippingQuotes.class })
class CatalogModuleTests {

	@Autowired
	ProductRepository products;

	@Autowired
	ReviewApi reviews;

	@Autowired
	OriginApi origin;

	@Autowired
	EventPublicationRegistry publications;

	@Autowired
	SellerApi sellers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	SalesCounter counter;

	@Autowired
	EventSerializer serializer;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aPaidOrderRaisesTheProductsSalesCountAndItsRefundTakesItBack(Scenario scenario) {
		long seller = id();
		long stool = liveProduct(seller, "참나무 스툴");
		long board = liveProduct(seller, "호두나무 도마");
		List<OrderedLine> lines = List.of(line(stool, 3, 59_000), line(board, 1, 18_000));
		OrderPaid paid = new OrderPaid(id(), "VM-C" + id(), id(), this.clock.instant(), 195_000,
				List.of(new PaidShipment(id(), seller, 0, lines)));

		scenario.publish(paid)
			.andWaitForStateChange(() -> foldedSalesOf(stool, board), (sales) -> sales.get(stool) > 0)
			.andVerify((sales) -> assertThat(sales).isEqualTo(Map.of(stool, 3L, board, 1L)));

		ShipmentRefunded refunded = new ShipmentRefunded(paid.shipments().get(0).shipmentId(), paid.orderId(),
				paid.orderNumber(), paid.shopperId(), seller, this.clock.instant(), ShipmentRefunded.Reason.CANCELLED,
				0, lines, 0);
		scenario.publish(refunded)
			.andWaitForStateChange(() -> foldedSalesOf(stool, board), (sales) -> sales.get(stool) != 3)
			.andVerify((sales) -> assertThat(sales).isEqualTo(Map.of(stool, 0L, board, 0L)));
	}

	@Test
	void aPaidOrderCountsWithItsPaymentOnlyAndARefundDeliveredTwiceTakesBackOnce(Scenario scenario) {
		long seller = id();
		long stool = liveProduct(seller, "참나무 스툴");
		List<OrderedLine> lines = List.of(line(stool, 2, 59_000));
		PaidShipment shipment = new PaidShipment(id(), seller, 0, lines);
		OrderPaid rolledBack = new OrderPaid(id(), "VM-C" + id(), id(), this.clock.instant(), 118_000,
				List.of(new PaidShipment(id(), seller, 0, lines)));
		this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(rolledBack);
			status.setRollbackOnly();
		});
		assertThat(foldedSalesOf(stool)).as("a payment that rolled back sold nothing").isEqualTo(Map.of(stool, 0L));

		OrderPaid paid = new OrderPaid(id(), "VM-C" + id(), id(), this.clock.instant(), 118_000, List.of(shipment));
		scenario.publish(paid)
			.andWaitForStateChange(() -> foldedSalesOf(stool), (sales) -> sales.get(stool) > 0)
			.andVerify((sales) -> assertThat(sales).isEqualTo(Map.of(stool, 2L)));

		// As after an instance was killed between counting and marking the event done.
		ShipmentRefunded refunded = new ShipmentRefunded(shipment.shipmentId(), paid.orderId(), paid.orderNumber(),
				paid.shopperId(), seller, this.clock.instant(), ShipmentRefunded.Reason.CANCELLED, 0, lines, 0);
		scenario.publish(refunded).andWaitForStateChange(() -> foldedSalesOf(stool), (sales) -> sales.get(stool) == 0);
		scenario.publish(refunded)
			.andWaitForStateChange(() -> EventPublications.handled(this.publications, refunded))
			.andVerify((handled) -> assertThat(foldedSalesOf(stool)).isEqualTo(Map.of(stool, 0L)));
	}

	@Test
	void salesPaidWhileTheJobRunsAreAddedOnceAndAListingACheckoutHoldsWaitsForTheNextRun() throws Exception {
		long seller = id();
		long stool = liveProduct(seller, "참나무 스툴");
		long board = liveProduct(seller, "호두나무 도마");
		ExecutorService buyers = Executors.newFixedThreadPool(4);
		List<Future<?>> payments = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			OrderPaid order = new OrderPaid(id(), "VM-C" + id(), id(), this.clock.instant(), 77_000, List
				.of(new PaidShipment(id(), seller, 0, List.of(line(stool, 1, 59_000), line(board, 1, 18_000)))));
			payments.add(buyers
				.submit(() -> this.transactions.executeWithoutResult((status) -> this.events.publishEvent(order))));
		}
		while (!payments.stream().allMatch(Future::isDone)) {
			this.counter.fold();
		}
		for (Future<?> payment : payments) {
			payment.get();
		}
		assertThat(foldedSalesOf(stool, board)).isEqualTo(Map.of(stool, 40L, board, 40L));

		// A checkout taking the stool's stock holds its row until it commits.
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(new OrderPaid(id(), "VM-C" + id(),
				id(), this.clock.instant(), 77_000,
				List.of(new PaidShipment(id(), seller, 0, List.of(line(stool, 2, 59_000), line(board, 1, 18_000)))))));
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Future<?> checkout = buyers.submit(() -> this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("SELECT id FROM product WHERE id = ? FOR NO KEY UPDATE")
				.param(stool)
				.query(Long.class)
				.single();
			held.countDown();
			await(release);
		}));
		try {
			held.await(10, TimeUnit.SECONDS);
			assertThat(foldedSalesOf(stool, board)).as("the job went on without the stool")
				.isEqualTo(Map.of(stool, 40L, board, 41L));
		}
		finally {
			release.countDown();
		}
		checkout.get(10, TimeUnit.SECONDS);
		buyers.shutdown();
		assertThat(foldedSalesOf(stool, board)).isEqualTo(Map.of(stool, 42L, board, 41L));
	}

	@Test
	void paidOrdersTheOldListenerHadNotHeardAreTalliedOnce() throws Exception {
		long seller = id();
		long stool = liveProduct(seller, "참나무 스툴");
		OrderPaid heard = new OrderPaid(id(), "VM-C" + id(), id(), this.clock.instant(), 59_000,
				List.of(new PaidShipment(id(), seller, 0, List.of(line(stool, 1, 59_000)))));
		OrderPaid notHeard = new OrderPaid(id(), "VM-C" + id(), id(), this.clock.instant(), 177_000,
				List.of(new PaidShipment(id(), seller, 0, List.of(line(stool, 3, 59_000)))));
		// The old listener counted the first, and was killed before its row was deleted.
		this.jdbc.sql("INSERT INTO catalog_counted_event (kind, ref, counted_at) VALUES ('PAID', ?, now())")
			.param(heard.orderId())
			.update();
		for (OrderPaid order : List.of(heard, notHeard)) {
			this.jdbc
				.sql("""
						INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
							status, completion_attempts)
						VALUES (gen_random_uuid(), 'kr.valuemall.catalog.listing.SalesCounter.on(kr.valuemall.order.OrderPaid)',
							'kr.valuemall.order.OrderPaid', ?, now(), 'PUBLISHED', 1)""")
				.param(this.serializer.serialize(order))
				.update();
		}

		this.jdbc
			.sql(Files
				.readString(Path.of("src/main/resources/db/migration/V126__tally_sales_of_stranded_publications.sql")))
			.update();

		assertThat(foldedSalesOf(stool)).isEqualTo(Map.of(stool, 3L));
		assertThat(this.jdbc.sql("SELECT count(*) FROM event_publication WHERE listener_id LIKE '%SalesCounter.on%'")
			.query(Long.class)
			.single()).isZero();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void aConfirmedShipmentMakesItsLinesReviewableByItsShopperOnly(Scenario scenario) {
		long seller = id();
		long shopper = id();
		OrderedLine stool = line(liveProduct(seller, "참나무 스툴"), 1, 59_000);
		OrderedLine board = line(liveProduct(seller, "호두나무 도마"), 2, 18_000);
		List<Long> lineIds = List.of(stool.orderLineId(), board.orderLineId());
		assertThat(this.reviews.statesOf(shopper, lineIds)).containsOnlyKeys(lineIds)
			.allSatisfy((line, state) -> assertThat(state).isEqualTo(ReviewState.NOT_REVIEWABLE));
		ShipmentConfirmed confirmed = new ShipmentConfirmed(id(), id(), "VM-C" + id(), shopper, seller,
				this.clock.instant(), 3_000, List.of(stool, board));

		scenario.publish(confirmed)
			.andWaitForStateChange(() -> this.reviews.statesOf(shopper, lineIds),
					(states) -> states.containsValue(ReviewState.REVIEWABLE))
			.andVerify((states) -> {
				assertThat(states).isEqualTo(Map.of(stool.orderLineId(), ReviewState.REVIEWABLE, board.orderLineId(),
						ReviewState.REVIEWABLE));
				assertThat(this.reviews.statesOf(id(), lineIds)).containsOnlyKeys(lineIds)
					.allSatisfy((line, state) -> assertThat(state).isEqualTo(ReviewState.NOT_REVIEWABLE));
			});
	}

	@Test
	void aListingPutOnHoldLeavesTheShop(Scenario scenario) {
		long listing = liveProduct(id(), "참나무 스툴");
		Instant now = this.clock.instant();
		given(this.origin.reviewOf(listing)).willReturn(review(listing, ReviewStatus.HELD, now));

		scenario.publish(new ListingHeld(listing, List.of("IMPORT_REPORTS"), now))
			.andWaitForStateChange(() -> statusOf(listing), (status) -> status != ProductStatus.LIVE)
			.andVerify((status) -> {
				assertThat(status).isEqualTo(ProductStatus.HELD);
				assertThat(this.products.findLive(listing)).isEmpty();
			});
	}

	@Test
	void aHoldAnnouncedAfterStaffReleasedTheListingLeavesItOnSale(Scenario scenario) {
		long listing = liveProduct(id(), "참나무 스툴");
		Instant now = this.clock.instant();
		// The hold's event comes late: staff have approved the listing since.
		given(this.origin.reviewOf(listing)).willReturn(review(listing, ReviewStatus.LIVE, now));
		ListingHeld held = new ListingHeld(listing, List.of("IMPORT_REPORTS"), now.minusSeconds(60));

		scenario.publish(held)
			.andWaitForStateChange(() -> EventPublications.handled(this.publications, held))
			.andVerify((handled) -> assertThat(this.products.findLive(listing)).isPresent());
	}

	@Test
	void aRenamedStoreReachesTheSearchCopyOfEveryOneOfItsListings(Scenario scenario) {
		long seller = id();
		long stool = liveProduct(seller, "참나무 스툴", "양평 목공소");
		long board = liveProduct(seller, "호두나무 도마", "양평 목공소");
		long neighbours = liveProduct(id(), "느티나무 쟁반", "양평 목공소");
		Product before = this.products.findById(stool).orElseThrow();
		given(this.sellers.store(seller)).willReturn(Optional.of(store(seller, "양평 나무공방", Region.GANGWON)));

		scenario.publish(new StoreDetailsChanged(seller, "양평 나무공방", Region.GANGWON, this.clock.instant()))
			.andWaitForStateChange(() -> storeNamesOf(stool, board), (names) -> names.equals(List.of("양평 나무공방")))
			.andVerify((names) -> {
				Product renamed = this.products.findById(stool).orElseThrow();
				assertThat(renamed.getSellerRegion()).isEqualTo(Region.GANGWON);
				// Search matches the new name, spacing ignored, and no longer the old
				// one.
				assertThat(searchTextOf(stool)).contains("양평나무공방").doesNotContain("양평목공소");
				// The listing itself did not change: feeds and a seller's open edit form
				// are not disturbed.
				assertThat(renamed.getUpdatedAt()).isEqualTo(before.getUpdatedAt());
				assertThat(versionOf(stool)).isEqualTo(versionOf(board)).isZero();
				assertThat(this.products.findById(neighbours).orElseThrow().getStoreName()).isEqualTo("양평 목공소");
			});
	}

	@Test
	void aRenameAnnouncedLateOrTwiceLeavesTheNameTheStoreHasNow(Scenario scenario) {
		long seller = id();
		long stool = liveProduct(seller, "참나무 스툴", "첫째 이름");
		// Renamed twice; the first rename's event arrives last.
		given(this.sellers.store(seller)).willReturn(Optional.of(store(seller, "셋째 이름", Region.GYEONGGI)));
		StoreDetailsChanged first = new StoreDetailsChanged(seller, "둘째 이름", Region.GYEONGGI,
				this.clock.instant().minusSeconds(60));

		scenario.publish(first)
			.andWaitForStateChange(() -> storeNamesOf(stool), (names) -> !names.equals(List.of("첫째 이름")))
			.andVerify((names) -> assertThat(names).containsExactly("셋째 이름"));
		scenario.publish(first)
			.andWaitForStateChange(() -> EventPublications.handled(this.publications, first))
			.andVerify((handled) -> assertThat(storeNamesOf(stool)).containsExactly("셋째 이름"));
	}

	private List<String> storeNamesOf(long... productIds) {
		return java.util.Arrays.stream(productIds)
			.mapToObj((id) -> this.products.findById(id).orElseThrow().getStoreName())
			.distinct()
			.toList();
	}

	private String searchTextOf(long productId) {
		return this.jdbc.sql("SELECT search_text FROM product WHERE id = :id")
			.param("id", productId)
			.query(String.class)
			.single();
	}

	private long versionOf(long productId) {
		return this.jdbc.sql("SELECT version FROM product WHERE id = :id")
			.param("id", productId)
			.query(Long.class)
			.single();
	}

	private static StoreSummary store(long seller, String name, Region region) {
		return new StoreSummary(seller, id(), "store-" + seller, name, "소개", region, "상호", "대표", "120-81-47521",
				"제2026-테스트-0001호", "경기도 양평군", "031-000-0000", null, Instant.parse("2026-01-05T00:00:00Z"));
	}

	private long liveProduct(long seller, String name, String storeName) {
		Instant now = this.clock.instant();
		Product product = new Product(seller, new ProductDetails("chairs-stools", name, name + " - 국산 원목으로 만든 제품",
				12_000, 10, 0, OriginKind.DOMESTIC, null, "박공방", Region.GYEONGGI, MakerRole.MAKER, true), now);
		product.listedBy(storeName, Region.GYEONGGI);
		product.screened(ReviewStatus.LIVE, now);
		return this.products.save(product).getId();
	}

	/**
	 * A live listing at 12,000 won, below the price bands ProductSearchTests keeps to
	 * itself.
	 */
	private long liveProduct(long seller, String name) {
		Instant now = this.clock.instant();
		Product product = new Product(seller, new ProductDetails("chairs-stools", name, name + " - 국산 원목으로 만든 제품",
				12_000, 10, 0, OriginKind.DOMESTIC, null, "박공방", Region.GYEONGGI, MakerRole.MAKER, true), now);
		product.screened(ReviewStatus.LIVE, now);
		return this.products.save(product).getId();
	}

	private static OrderedLine line(long productId, int quantity, long unitPrice) {
		return new OrderedLine(id(), productId, "상품 " + productId, "chairs-stools", quantity, unitPrice,
				unitPrice * quantity, null);
	}

	private static Optional<ListingReview> review(long listing, ReviewStatus status, Instant decidedAt) {
		return Optional.of(new ListingReview(listing, status, 0, List.of(), null, decidedAt));
	}

	/** Ids far above what the sequences and the other tests hand out. */
	private static long id() {
		return ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
	}

	/**
	 * Sales counts once what was appended so far is added (as the job does every few
	 * seconds).
	 */
	private Map<Long, Long> foldedSalesOf(long... productIds) {
		this.counter.fold();
		return salesOf(productIds);
	}

	private Map<Long, Long> salesOf(long... productIds) {
		Map<Long, Long> sales = new java.util.HashMap<>();
		for (long productId : productIds) {
			sales.put(productId, this.products.findById(productId).orElseThrow().getSalesCount());
		}
		return sales;
	}

	private ProductStatus statusOf(long productId) {
		return this.products.findById(productId).orElseThrow().getStatus();
	}

}
