package kr.valuemall.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.EventFlowTest;
import kr.valuemall.account.AccountApi;
import kr.valuemall.catalog.CategoryMenu;
import kr.valuemall.catalog.ListingCounts;
import kr.valuemall.order.OrderHistory;
import kr.valuemall.order.OrderPaid;
import kr.valuemall.order.OrderPaid.PaidShipment;
import kr.valuemall.order.OrderedLine;
import kr.valuemall.order.ShipmentRefunded;
import kr.valuemall.origin.OriginApi;
import kr.valuemall.promotion.CampaignPages;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.settlement.CommissionCalculator;
import kr.valuemall.settlement.CommissionHistory;
import kr.valuemall.web.DateTimeDisplay;
import kr.valuemall.web.MoneyFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Random sequences of payments and refunds, some delivered twice, against the roll-ups
 * recomputed here directly from the same list of orders, with the report module alone (no
 * other module hears these made-up orders). Sellers are ids no store has, in 2023, so no
 * other test's events mix in.
 */
@EventFlowTest
@MockitoBean(types = { AccountApi.class, CategoryMenu.class, ListingCounts.class, OrderHistory.class, OriginApi.class,
		CampaignPages.class, SellerApi.class, CommissionCalculator.class, CommissionHistory.class,
		DateTimeDisplay.class, MoneyFormat.class })
class RollupRecomputationTests {

	private static final AtomicLong ids = new AtomicLong(9_000_000_000L + (System.nanoTime() % 1_000_000) * 1_000);

	private static final String[] CATEGORIES = { "kitchenware", "agricultural", "bags" };

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	record Key(LocalDate day, long sellerId, String category, Long campaignId) {
	}

	record SellerDay(LocalDate day, long sellerId) {
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void rollUpsEqualARecomputationFromTheOrders(long seed) {
		Random random = new Random(seed);
		long[] sellers = { ids.incrementAndGet(), ids.incrementAndGet(), ids.incrementAndGet() };
		List<Object> published = new ArrayList<>();
		List<OrderPaid> orders = new ArrayList<>();
		List<ShipmentRefunded> refunds = new ArrayList<>();
		Instant start = Instant.parse("2023-01-01T00:00:00Z");
		for (int o = 0; o < 40; o++) {
			Instant paidAt = start.plusSeconds(random.nextInt(300 * 24 * 3600));
			List<PaidShipment> shipments = new ArrayList<>();
			for (long seller : sellers) {
				if (random.nextInt(3) == 0) {
					continue;
				}
				List<OrderedLine> lines = new ArrayList<>();
				for (int l = 0, n = 1 + random.nextInt(3); l < n; l++) {
					long unit = 100 + random.nextInt(100_000);
					int quantity = 1 + random.nextInt(3);
					lines.add(new OrderedLine(ids.incrementAndGet(), ids.incrementAndGet(), "상품",
							CATEGORIES[random.nextInt(CATEGORIES.length)], quantity, unit, unit * quantity,
							random.nextInt(4) == 0 ? (long) (1 + random.nextInt(2)) : null));
				}
				shipments.add(new PaidShipment(ids.incrementAndGet(), seller, 3_000, lines));
			}
			if (shipments.isEmpty()) {
				continue;
			}
			OrderPaid paid = new OrderPaid(ids.incrementAndGet(), "R", 1, paidAt, 0, shipments);
			orders.add(paid);
			published.add(paid);
			for (PaidShipment shipment : shipments) {
				if (random.nextInt(4) == 0) {
					ShipmentRefunded refund = new ShipmentRefunded(shipment.shipmentId(), paid.orderId(), "R", 1,
							shipment.sellerId(), paidAt.plusSeconds(random.nextInt(40 * 24 * 3600)),
							ShipmentRefunded.Reason.RETURNED, shipment.shippingFee(), shipment.lines(), 0);
					refunds.add(refund);
					published.add(refund);
				}
			}
		}
		// Redeliveries: a fifth of the events arrive a second time.
		List<Object> again = published.stream().filter((event) -> random.nextInt(5) == 0).toList();
		published.addAll(again);
		published
			.forEach((event) -> this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event)));

		Map<Key, long[]> expected = new HashMap<>();
		Map<SellerDay, long[]> expectedSellerDays = new HashMap<>();
		for (OrderPaid paid : orders) {
			LocalDate day = SalesRollup.koreanDay(paid.paidAt());
			for (PaidShipment shipment : paid.shipments()) {
				long[] sellerDay = expectedSellerDays.computeIfAbsent(new SellerDay(day, shipment.sellerId()),
						(key) -> new long[3]);
				sellerDay[2]++;
				for (OrderedLine line : shipment.lines()) {
					long[] sums = expected.computeIfAbsent(
							new Key(day, shipment.sellerId(), line.categorySlug(), line.campaignId()),
							(key) -> new long[3]);
					sums[0] += line.amount();
					sums[2]++;
					sellerDay[0] += line.amount();
				}
			}
		}
		for (ShipmentRefunded refund : refunds) {
			LocalDate day = SalesRollup.koreanDay(refund.refundedAt());
			long[] sellerDay = expectedSellerDays.computeIfAbsent(new SellerDay(day, refund.sellerId()),
					(key) -> new long[3]);
			for (OrderedLine line : refund.lines()) {
				expected.computeIfAbsent(new Key(day, refund.sellerId(), line.categorySlug(), line.campaignId()),
						(key) -> new long[3])[1] += line.amount();
				sellerDay[1] += line.amount();
			}
		}

		// Until every delivery of these sellers' events, redeliveries included, has run.
		await().atMost(Duration.ofSeconds(90))
			.until(() -> this.jdbc.sql("""
					SELECT count(*) FROM event_publication WHERE completion_date IS NULL
					AND listener_id LIKE '%SalesRollup%'
					AND (serialized_event LIKE :s0 OR serialized_event LIKE :s1 OR serialized_event LIKE :s2)
					""")
				.param("s0", "%" + sellers[0] + "%")
				.param("s1", "%" + sellers[1] + "%")
				.param("s2", "%" + sellers[2] + "%")
				.query(Long.class)
				.single() == 0 && processed("PAID", orders.stream().map(OrderPaid::orderId).toList()) == orders.size()
					&& processed("REFUNDED", refunds.stream().map(ShipmentRefunded::shipmentId).toList()) == refunds
						.size());

		Map<Key, long[]> actual = new HashMap<>();
		this.jdbc.sql("""
				SELECT day, seller_id, category_slug, campaign_id, paid, refunded, paid_lines FROM report_sales_daily
				WHERE seller_id IN (:sellers)
				""").param("sellers", List.of(sellers[0], sellers[1], sellers[2])).query((row) -> {
			Long campaign = row.getObject(4, Long.class);
			actual.put(new Key(row.getDate(1).toLocalDate(), row.getLong(2), row.getString(3), campaign),
					new long[] { row.getLong(5), row.getLong(6), row.getLong(7) });
		});
		Map<SellerDay, long[]> actualSellerDays = new HashMap<>();
		this.jdbc.sql("""
				SELECT day, seller_id, paid, refunded, shipments FROM report_seller_daily WHERE seller_id IN (:sellers)
				""").param("sellers", List.of(sellers[0], sellers[1], sellers[2])).query((row) -> {
			actualSellerDays.put(new SellerDay(row.getDate(1).toLocalDate(), row.getLong(2)),
					new long[] { row.getLong(3), row.getLong(4), row.getLong(5) });
		});
		assertThat(actual.keySet()).isEqualTo(expected.keySet());
		expected.forEach((key, sums) -> assertThat(actual.get(key)).as(key.toString()).containsExactly(sums));
		assertThat(actualSellerDays.keySet()).isEqualTo(expectedSellerDays.keySet());
		// The monthly roll-up holds the same sums as the days of its month.
		List<List<Long>> monthlyAgainstDaily = this.jdbc.sql("""
				SELECT m.paid - d.paid, m.refunded - d.refunded, m.shipments - d.shipments
				FROM report_seller_monthly m JOIN (
					SELECT date_trunc('month', day)::date AS month, seller_id, sum(paid) AS paid,
						sum(refunded) AS refunded, sum(shipments) AS shipments
					FROM report_seller_daily WHERE seller_id IN (:sellers) GROUP BY 1, 2) d
				ON d.month = m.month AND d.seller_id = m.seller_id
				""")
			.param("sellers", List.of(sellers[0], sellers[1], sellers[2]))
			.query((row, n) -> List.of(row.getLong(1), row.getLong(2), row.getLong(3)))
			.list();
		assertThat(monthlyAgainstDaily).isNotEmpty()
			.allSatisfy((differences) -> assertThat(differences).containsOnly(0L));
		expectedSellerDays
			.forEach((key, sums) -> assertThat(actualSellerDays.get(key)).as(key.toString()).containsExactly(sums));
	}

	private long processed(String kind, List<Long> refs) {
		if (refs.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("SELECT count(*) FROM report_processed_event WHERE kind = :kind AND ref IN (:refs)")
			.param("kind", kind)
			.param("refs", refs)
			.query(Long.class)
			.single();
	}

}
