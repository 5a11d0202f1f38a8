package kr.valuemall.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.catalog.ProductViewsCounted;
import kr.valuemall.catalog.TestProducts;
import kr.valuemall.order.OrderPaid;
import kr.valuemall.order.OrderPaid.PaidShipment;
import kr.valuemall.order.OrderedLine;
import kr.valuemall.order.ProductAddedToCart;
import kr.valuemall.order.ShipmentConfirmed;
import kr.valuemall.order.ShipmentRefunded;
import kr.valuemall.origin.ImportReported;
import kr.valuemall.origin.ListingApproved;
import kr.valuemall.origin.ListingHeld;
import kr.valuemall.origin.ListingRejected;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.seller.TestStores;
import kr.valuemall.shared.Region;

import static org.awaitility.Awaitility.await;

/**
 * A first half of 2025 whose figures are worked out by hand in
 * {@link KnownFiguresReportTests}: five stores (two never sell), eight orders, a refund
 * in the month after its payment, a national-sale month (March) with campaign 7, three
 * confirmations, origin outcomes, cart adds and views. All tests of a JVM share one
 * database: other tests' stores open and sell "now", and the demo data of the full-stack
 * tests covers the 180 days before now, so this half-year lies well before both.
 */
final class ReportFixture {

	static final ZoneId KST = ZoneId.of("Asia/Seoul");

	private static final AtomicLong ids = new AtomicLong(8_000_000_000L + (System.nanoTime() % 1_000_000) * 1_000);

	final StoreSummary a;

	final StoreSummary b;

	final StoreSummary c;

	final StoreSummary d;

	final StoreSummary e;

	final long dProduct;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final List<Long> orderIds = new java.util.ArrayList<>();

	private final List<Long> refunded = new java.util.ArrayList<>();

	private final List<Long> confirmed = new java.util.ArrayList<>();

	private final long firstListing = ids.addAndGet(100);

	ReportFixture(TestStores stores, TestProducts products, TransactionTemplate transactions,
			ApplicationEventPublisher events, JdbcClient jdbc) {
		this.transactions = transactions;
		this.events = events;
		this.jdbc = jdbc;
		this.a = stores.open("보고서 A공방", Region.SEOUL, kst(2024, 12, 1, 10, 0)).store();
		this.b = stores.open("보고서 B농원", Region.BUSAN, kst(2024, 12, 15, 10, 0)).store();
		this.c = stores.open("보고서 C상회", Region.JEJU, kst(2025, 3, 10, 10, 0)).store();
		this.d = stores.open("보고서 D목공소", Region.SEOUL, kst(2024, 11, 1, 10, 0)).store();
		this.e = stores.open("보고서 E식품", Region.GYEONGGI, kst(2025, 2, 20, 10, 0)).store();
		this.dProduct = products.live(this.d.sellerId(), "보고서 원목 도마", 25_000, 5, 0);
	}

	static Instant kst(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(KST).toInstant();
	}

	void publishAll() {
		// January: one order, two sellers (a: 30,000 kitchenware; b: 20,000
		// agricultural).
		paid(kst(2025, 1, 10, 12, 0), shipment(this.a, line("kitchenware", 30_000, null)),
				shipment(this.b, line("agricultural", 20_000, null)));
		// 1 February 01:30 in Korea, still 31 January in UTC: February.
		paid(Instant.parse("2025-01-31T16:30:00Z"), shipment(this.a, line("kitchenware", 10_000, null)));
		// February: b sells 50,000, refunded on 5 March.
		PaidShipment refundedLater = shipment(this.b, line("agricultural", 50_000, null));
		paid(kst(2025, 2, 14, 9, 0), refundedLater);
		refund(refundedLater, kst(2025, 3, 5, 15, 0));
		// March, the national sale (campaign 7): a 200,000 and c 100,000 in one order; b
		// 90,000.
		PaidShipment saleA = shipment(this.a, line("kitchenware", 200_000, 7L));
		paid(kst(2025, 3, 15, 20, 0), saleA, shipment(this.c, line("agricultural", 100_000, 7L)));
		paid(kst(2025, 3, 20, 11, 0), shipment(this.b, line("agricultural", 90_000, null)));
		// April: c 40,000 and a 12,345, both confirmed; a's March sale confirmed on 1
		// April.
		PaidShipment aprilC = shipment(this.c, line("kitchenware", 40_000, null));
		paid(kst(2025, 4, 2, 10, 0), aprilC);
		PaidShipment aprilA = shipment(this.a, line("kitchenware", 12_345, null));
		paid(kst(2025, 4, 5, 10, 0), aprilA);
		confirm(saleA, kst(2025, 4, 1, 9, 0));
		confirm(aprilC, kst(2025, 4, 10, 9, 0));
		confirm(aprilA, kst(2025, 4, 20, 9, 0));
		// 1 July in Korea (30 June in UTC): after the range.
		paid(Instant.parse("2025-06-30T15:30:00Z"), shipment(this.a, line("kitchenware", 999_000, null)));

		publish(new ProductAddedToCart(this.dProduct, 1, kst(2025, 1, 5, 10, 0)));
		publish(new ProductAddedToCart(this.dProduct, 2, kst(2025, 1, 6, 10, 0)));
		publish(new ProductAddedToCart(this.dProduct, 1, kst(2025, 3, 6, 10, 0)));
		publish(new ProductViewsCounted(LocalDate.of(2025, 5, 10), Map.of(this.dProduct, 17L)));

		publish(new ImportReported(this.firstListing, kst(2025, 3, 2, 10, 0)));
		publish(new ListingHeld(this.firstListing, List.of("IMPORT_REPORTS"), kst(2025, 3, 2, 10, 5)));
		publish(new ImportReported(this.firstListing + 1, kst(2025, 4, 2, 10, 0)));
		// Held by the screening rules when it was published: not a report hold.
		publish(new ListingHeld(this.firstListing + 1, List.of("FOREIGN_COUNTRY"), kst(2025, 4, 2, 9, 0)));
		publish(new ListingRejected(this.firstListing + 2, "수입품", kst(2025, 4, 3, 10, 0)));
		publish(new ListingApproved(this.firstListing, kst(2025, 5, 3, 10, 0)));
		awaitRolledUp();
	}

	private void awaitRolledUp() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> processed("PAID", this.orderIds) == this.orderIds.size()
					&& processed("REFUNDED", this.refunded) == this.refunded.size()
					&& processed("CONFIRMED", this.confirmed) == this.confirmed.size()
					&& count("SELECT count(*) FROM report_origin_event WHERE listing_id BETWEEN ? AND ?",
							this.firstListing, this.firstListing + 2) == 6
					&& count("SELECT coalesce(sum(adds), 0) FROM report_cart_adds_daily"
							+ " WHERE day IN ('2025-01-05', '2025-01-06', '2025-03-06')") == 3
					&& count("SELECT coalesce(sum(views), 0) FROM report_product_views_daily WHERE product_id = ?",
							this.dProduct) == 17);
	}

	private long processed(String kind, List<Long> refs) {
		return refs.stream()
			.filter((ref) -> count("SELECT count(*) FROM report_processed_event WHERE kind = ? AND ref = ?", kind,
					ref) == 1)
			.count();
	}

	private long count(String sql, Object... args) {
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql);
		for (Object arg : args) {
			statement = statement.param(arg);
		}
		return statement.query(Long.class).single();
	}

	private void paid(Instant at, PaidShipment... shipments) {
		long orderId = ids.incrementAndGet();
		this.orderIds.add(orderId);
		long total = List.of(shipments)
			.stream()
			.flatMap((shipment) -> shipment.lines().stream())
			.mapToLong(OrderedLine::amount)
			.sum();
		publish(new OrderPaid(orderId, "R" + orderId, 1, at, total, List.of(shipments)));
	}

	private void refund(PaidShipment shipment, Instant at) {
		this.refunded.add(shipment.shipmentId());
		publish(new ShipmentRefunded(shipment.shipmentId(), 0, "R", 1, shipment.sellerId(), at,
				ShipmentRefunded.Reason.CANCELLED, shipment.shippingFee(), shipment.lines(), 0));
	}

	private void confirm(PaidShipment shipment, Instant at) {
		this.confirmed.add(shipment.shipmentId());
		publish(new ShipmentConfirmed(shipment.shipmentId(), 0, "R", 1, shipment.sellerId(), at, shipment.shippingFee(),
				shipment.lines()));
	}

	private static PaidShipment shipment(StoreSummary store, OrderedLine... lines) {
		return new PaidShipment(ids.incrementAndGet(), store.sellerId(), 3_000, List.of(lines));
	}

	private static OrderedLine line(String category, long amount, Long campaignId) {
		return new OrderedLine(ids.incrementAndGet(), ids.incrementAndGet(), "보고서 상품", category, 1, amount, amount,
				campaignId);
	}

	void publish(Object event) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

}
