package kr.valuemall.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import kr.valuemall.EventFlowTest;
import kr.valuemall.EventPublications;
import kr.valuemall.account.AccountApi;
import kr.valuemall.catalog.CategoryMenu;
import kr.valuemall.catalog.ListingCounts;
import kr.valuemall.catalog.ProductViewsCounted;
import kr.valuemall.order.ProductAddedToCart;
import kr.valuemall.order.OrderHistory;
import kr.valuemall.order.OrderPaid;
import kr.valuemall.order.OrderPaid.PaidShipment;
import kr.valuemall.order.OrderedLine;
import kr.valuemall.order.ShipmentConfirmed;
import kr.valuemall.order.ShipmentRefunded;
import kr.valuemall.origin.ListingHeld;
import kr.valuemall.origin.OriginApi;
import kr.valuemall.promotion.CampaignPages;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.settlement.CommissionCalculator;
import kr.valuemall.settlement.CommissionHistory;
import kr.valuemall.web.DateTimeDisplay;
import kr.valuemall.web.MoneyFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;

/**
 * The ministry's figures come from roll-ups that only events feed. Here the report module
 * runs alone and gets the order, origin and catalog modules' events as they publish them:
 * so these tests show that the events by themselves put a payment on its Korean day and
 * month (Asia/Seoul, whatever the UTC date says), take a refund out on the refund's own
 * day, count a listing put on hold, and add product views up per product and per seller.
 * Each test has a seller or listing of its own, and the days are this month's in Korea,
 * taken from the clock.
 */
@EventFlowTest
// The module's pages and the roll-up rebuild need these. Of the flows tested here, the
// views ask the catalog whose products they are; a store's region is left unknown.
@MockitoBean(types = { AccountApi.class, CategoryMenu.class, ListingCounts.class, OrderHistory.class, OriginApi.class,
		CampaignPages.class, SellerApi.class, CommissionCalculator.class, CommissionHistory.class,
		DateTimeDisplay.class, MoneyFormat.class })
class ReportModuleTests {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ListingCounts listings;

	@Autowired
	EventPublicationRegistry publications;

	@Autowired
	EventSerializer serializer;

	@Autowired
	Reports reports;

	@Test
	void aPaidOrderCountsOnItsKoreanDayAndMonth(Scenario scenario) {
		// 00:30 on the first of this month in Korea is still the last day of the month
		// before in UTC.
		LocalDate first = LocalDate.ofInstant(this.clock.instant(), SEOUL).withDayOfMonth(1);
		Instant paidAt = first.atTime(0, 30).atZone(SEOUL).toInstant();
		assertThat(LocalDate.ofInstant(paidAt, ZoneOffset.UTC)).isEqualTo(first.minusDays(1));
		OrderPaid paid = order(paidAt);
		long seller = paid.shipments().get(0).sellerId();

		scenario.publish(paid).andWaitForStateChange(() -> daysOf(seller)).andVerify((days) -> {
			// Item amounts only (30,000 + 2 × 7,500); the 3,000 won shipping is not a
			// sale.
			assertThat(days).containsExactly(new Sales(first, 45_000, 0));
			assertThat(monthsOf(seller)).containsExactly(new Sales(first, 45_000, 0));
			assertThat(categoriesOf(seller)).extracting(Category::day, Category::slug, Category::paid)
				.containsExactlyInAnyOrder(tuple(first, "kitchenware", 30_000L), tuple(first, "agricultural", 15_000L));
		});
	}

	@Test
	void aRefundTakesTheSaleOutOnTheDayOfTheRefund(Scenario scenario) {
		LocalDate first = LocalDate.ofInstant(this.clock.instant(), SEOUL).withDayOfMonth(1);
		OrderPaid paid = order(first.atTime(0, 30).atZone(SEOUL).toInstant());
		PaidShipment shipment = paid.shipments().get(0);
		long seller = shipment.sellerId();
		scenario.publish(paid).andWaitForStateChange(() -> daysOf(seller));

		// Refunded the next day in Korea, in the same month.
		LocalDate second = first.plusDays(1);
		ShipmentRefunded refunded = new ShipmentRefunded(shipment.shipmentId(), paid.orderId(), paid.orderNumber(),
				paid.shopperId(), seller, second.atTime(10, 0).atZone(SEOUL).toInstant(),
				ShipmentRefunded.Reason.CANCELLED, shipment.shippingFee(), shipment.lines(), 0);
		scenario.publish(refunded)
			.andWaitForStateChange(() -> daysOf(seller), (days) -> days.size() == 2)
			.andVerify((days) -> {
				// The payment stays on its day; the refund lowers the day it happened.
				assertThat(days).containsExactly(new Sales(first, 45_000, 0), new Sales(second, 0, 45_000));
				// The month nets to nothing.
				assertThat(monthsOf(seller)).containsExactly(new Sales(first, 45_000, 45_000));
			});
	}

	@Test
	void aListingPutOnHoldIsCountedOnItsKoreanDay(Scenario scenario) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), SEOUL);
		// 00:15 in Korea: yesterday in UTC.
		Instant heldAt = today.atTime(LocalTime.of(0, 15)).atZone(SEOUL).toInstant();
		ListingHeld held = new ListingHeld(id(), List.of("IMPORT_REPORTS"), heldAt);

		scenario.publish(held)
			.andWaitForStateChange(
					() -> this.jdbc.sql("SELECT kind, day FROM report_origin_event WHERE listing_id = :listing")
						.param("listing", held.listingId())
						.query((rs, row) -> tuple(rs.getString("kind"), rs.getDate("day").toLocalDate()))
						.list())
			.andVerify((outcomes) -> assertThat(outcomes).containsExactly(tuple("REPORT_HELD", today)));

		// Held by the screening rules at publishing: counted apart from report holds.
		ListingHeld byRules = new ListingHeld(id(), List.of("FOREIGN_COUNTRY"), heldAt);
		scenario.publish(byRules)
			.andWaitForStateChange(
					() -> this.jdbc.sql("SELECT kind FROM report_origin_event WHERE listing_id = :listing")
						.param("listing", byRules.listingId())
						.query(String.class)
						.list())
			.andVerify((outcomes) -> assertThat(outcomes).containsExactly("HELD"));
	}

	@Test
	void noFunnelStepCountsMoreOfAProductThanTheStepBefore(Scenario scenario) {
		// August 2017, a month no other test uses. The stool: 5 views, 3 cart adds, 4
		// paid
		// lines (one bought again from an old cart), 1 confirmed. The board: paid once,
		// never viewed (an order the events made up).
		long stool = id();
		long board = id();
		Instant at = LocalDate.of(2017, 8, 10).atTime(12, 0).atZone(SEOUL).toInstant();
		given(this.listings.sellersOf(anyCollection())).willReturn(Map.of());
		scenario.publish(new ProductViewsCounted(LocalDate.of(2017, 8, 10), Map.of(stool, 5L)))
			.andWaitForStateChange(
					() -> count("SELECT count(*) FROM report_product_views_daily WHERE product_id = " + stool) > 0);
		for (int i = 0; i < 3; i++) {
			ProductAddedToCart added = new ProductAddedToCart(stool, 1, at);
			scenario.publish(added).andWaitForStateChange(() -> EventPublications.handled(this.publications, added));
		}
		long seller = id();
		List<OrderedLine> lines = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			lines.add(new OrderedLine(id(), stool, "참나무 스툴", "furniture", 1, 10_000, 10_000, null));
		}
		lines.add(new OrderedLine(id(), board, "도마", "kitchenware", 1, 20_000, 20_000, null));
		PaidShipment shipment = new PaidShipment(id(), seller, 0, lines);
		OrderPaid paid = new OrderPaid(id(), "VM-F", id(), at, 60_000, List.of(shipment));
		scenario.publish(paid).andWaitForStateChange(() -> EventPublications.handled(this.publications, paid));
		ShipmentConfirmed confirmed = new ShipmentConfirmed(shipment.shipmentId(), paid.orderId(), "VM-F", 1, seller,
				at.plusSeconds(86_400), 0, List.of(lines.get(0)));
		scenario.publish(confirmed)
			.andWaitForStateChange(() -> EventPublications.handled(this.publications, confirmed));

		ReportPeriod august = new ReportPeriod(LocalDate.of(2017, 8, 1), LocalDate.of(2017, 8, 31),
				new java.util.TreeSet<>(), null);
		assertThat(this.reports.report(august, java.util.Locale.KOREAN).get("funnel").rows())
			.extracting((row) -> row.get(1), (row) -> row.get(2))
			.containsExactly(tuple(5L, new java.math.BigDecimal("100.0")), tuple(3L, new java.math.BigDecimal("60.0")),
					tuple(3L, new java.math.BigDecimal("100.0")), tuple(1L, new java.math.BigDecimal("33.3")));
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void countedViewsAddUpPerProductAndPerSellerOnTheirDay(Scenario scenario) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), SEOUL);
		long seller = id();
		long stool = id();
		long board = id();
		// The catalog says whose products they are.
		given(this.listings.sellersOf(anyCollection())).willReturn(Map.of(stool, seller, board, seller));

		scenario.publish(new ProductViewsCounted(today, Map.of(stool, 17L, board, 5L)))
			.andWaitForStateChange(() -> this.jdbc
				.sql("SELECT views FROM report_seller_views_daily WHERE seller_id = :seller AND day = :day")
				.param("seller", seller)
				.param("day", today)
				.query(Long.class)
				.optional())
			.andVerify((sellerViews) -> {
				assertThat(sellerViews).contains(17L + 5L);
				assertThat(this.jdbc
					.sql("SELECT product_id, views FROM report_product_views_daily WHERE day = :day"
							+ " AND product_id IN (:products)")
					.param("day", today)
					.param("products", List.of(stool, board))
					.query((rs, row) -> tuple(rs.getLong("product_id"), rs.getLong("views")))
					.list()).containsExactlyInAnyOrder(tuple(stool, 17L), tuple(board, 5L));
				assertThat(
						this.jdbc.sql("SELECT month, views FROM report_seller_views_monthly WHERE seller_id = :seller")
							.param("seller", seller)
							.query((rs, row) -> tuple(rs.getDate("month").toLocalDate(), rs.getLong("views")))
							.list())
					.containsExactly(tuple(today.withDayOfMonth(1), 22L));
			});
	}

	@Test
	void aViewBatchDeliveredTwiceIsAddedOnce(Scenario scenario) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), SEOUL);
		long seller = id();
		long stool = id();
		given(this.listings.sellersOf(anyCollection())).willReturn(Map.of(stool, seller));
		ProductViewsCounted batch = new ProductViewsCounted(today, Map.of(stool, 9L));
		scenario.publish(batch).andWaitForStateChange(() -> sellerViews(seller, today));

		scenario.publish(batch)
			.andWaitForStateChange(() -> EventPublications.handled(this.publications, batch))
			.andVerify((handled) -> assertThat(sellerViews(seller, today)).contains(9L));
	}

	@Test
	void eventsStoredBeforeTheyCarriedAnIdAreStillReadAndCounted(Scenario scenario) {
		// Payloads as the event publication table held them before the ids were added.
		ProductAddedToCart oldAdd = this.serializer.deserialize(
				"{\"productId\":%d,\"quantity\":2,\"at\":\"2018-03-03T01:00:00Z\"}".formatted(id()),
				ProductAddedToCart.class);
		assertThat(oldAdd.eventId()).isNull();
		assertThat(oldAdd.quantity()).isEqualTo(2);
		LocalDate day = LocalDate.of(2018, 3, 3);
		scenario.publish(oldAdd)
			.andWaitForStateChange(
					() -> this.jdbc.sql("SELECT adds, units FROM report_cart_adds_daily WHERE day = :day")
						.param("day", day)
						.query((rs, row) -> tuple(rs.getLong("adds"), rs.getLong("units")))
						.optional())
			.andVerify((adds) -> assertThat(adds).contains(tuple(1L, 2L)));

		long seller = id();
		long stool = id();
		given(this.listings.sellersOf(anyCollection())).willReturn(Map.of(stool, seller));
		ProductViewsCounted oldViews = this.serializer
			.deserialize("{\"day\":\"2018-03-04\",\"views\":{\"%d\":4}}".formatted(stool), ProductViewsCounted.class);
		assertThat(oldViews.batchId()).isNull();
		scenario.publish(oldViews)
			.andWaitForStateChange(() -> sellerViews(seller, LocalDate.of(2018, 3, 4)))
			.andVerify((views) -> assertThat(views).contains(4L));
	}

	private Optional<Long> sellerViews(long seller, LocalDate day) {
		return this.jdbc.sql("SELECT views FROM report_seller_views_daily WHERE seller_id = :seller AND day = :day")
			.param("seller", seller)
			.param("day", day)
			.query(Long.class)
			.optional();
	}

	/**
	 * An order of one seller no other test uses: kitchenware for 30,000 won, two
	 * agricultural items at 7,500, and 3,000 won shipping.
	 */
	private static OrderPaid order(Instant paidAt) {
		long order = id();
		List<OrderedLine> lines = List.of(new OrderedLine(id(), id(), "원목 도마", "kitchenware", 1, 30_000, 30_000, null),
				new OrderedLine(id(), id(), "햇감자 5kg", "agricultural", 2, 7_500, 15_000, null));
		return new OrderPaid(order, "VM-R" + order, id(), paidAt, 48_000,
				List.of(new PaidShipment(id(), id(), 3_000, lines)));
	}

	/** Ids far above what the sequences and the other tests hand out. */
	private static long id() {
		return ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
	}

	private List<Sales> daysOf(long seller) {
		return this.jdbc
			.sql("SELECT day, paid, refunded FROM report_seller_daily WHERE seller_id = :seller ORDER BY day")
			.param("seller", seller)
			.query((rs, row) -> new Sales(rs.getDate("day").toLocalDate(), rs.getLong("paid"), rs.getLong("refunded")))
			.list();
	}

	private List<Sales> monthsOf(long seller) {
		return this.jdbc
			.sql("SELECT month, paid, refunded FROM report_seller_monthly WHERE seller_id = :seller ORDER BY month")
			.param("seller", seller)
			.query((rs, row) -> new Sales(rs.getDate("month").toLocalDate(), rs.getLong("paid"),
					rs.getLong("refunded")))
			.list();
	}

	private List<Category> categoriesOf(long seller) {
		return this.jdbc
			.sql("SELECT day, category_slug, paid FROM report_sales_daily WHERE seller_id = :seller ORDER BY day")
			.param("seller", seller)
			.query((rs, row) -> new Category(rs.getDate("day").toLocalDate(), rs.getString("category_slug"),
					rs.getLong("paid")))
			.list();
	}

	record Sales(LocalDate day, long paid, long refunded) {
	}

	record Category(LocalDate day, String slug, long paid) {
	}

}
