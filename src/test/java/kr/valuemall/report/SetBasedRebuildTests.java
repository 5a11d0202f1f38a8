package kr.valuemall.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.IntegrationTest;
import kr.valuemall.order.OrderHistory;
import kr.valuemall.order.OrderPaid;
import kr.valuemall.order.ShipmentConfirmed;
import kr.valuemall.order.ShipmentRefunded;
import kr.valuemall.seller.TestStores;
import kr.valuemall.settlement.CommissionHistory;
import kr.valuemall.shared.Region;
import kr.valuemall.web.DateTimeDisplay;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The set-based rebuild ({@link RollupRebuild}) gives exactly the roll-ups that adding
 * the orders' events one by one through {@link SalesRollup} gives, on a varied data set
 * written straight into the order and settlement tables: several sellers (one store with
 * a region, others without a store), categories and campaigns, payments near midnight in
 * Korea, an unpaid order and an unpaid shipment, partial and whole refunds before, at and
 * after confirmation, a refund of shipping alone, and commission earned and given back.
 */
@IntegrationTest
class SetBasedRebuildTests {

	private static final AtomicLong ids = new AtomicLong(7_000_000_000L + (System.nanoTime() % 1_000_000) * 1_000);

	private static final String[] CATEGORIES = { "kitchenware", "agricultural", "bags" };

	private static final Long[] CAMPAIGNS = { null, null, 9_100_001L, 9_100_002L };

	private static final List<String> TABLES = List.of(
			"SELECT day, seller_id, category_slug, campaign_id, paid, refunded, paid_lines FROM report_sales_daily",
			"SELECT month, category_slug, campaign_id, paid, refunded, paid_lines FROM report_sales_monthly", """
					SELECT day, seller_id, region, paid, refunded, shipments, confirmed, confirmed_lines, commission,
						savings FROM report_seller_daily""", """
					SELECT month, seller_id, region, paid, refunded, shipments, confirmed, confirmed_lines, commission,
						savings FROM report_seller_monthly""", "SELECT day, orders FROM report_orders_daily",
			"SELECT day, product_id, paid_lines, confirmed_lines FROM report_product_lines_daily",
			"SELECT kind, ref FROM report_processed_event");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestStores stores;

	@Autowired
	OrderHistory history;

	@Autowired
	CommissionHistory commissions;

	@Autowired
	SalesRollup sales;

	@Autowired
	RollupRebuild rebuild;

	@Autowired
	Clock clock;

	@Test
	void theSetBasedRebuildEqualsTheEventByEventRollups() {
		// Opened now, as other tests' stores are: a store opened in the past would count
		// among the companies of KnownFiguresReportTests' half-year in the shared
		// database.
		long store = this.stores.open("집합 재집계 공방", Region.BUSAN, this.clock.instant()).store().sellerId();
		long[] sellers = { store, ids.incrementAndGet(), ids.incrementAndGet(), ids.incrementAndGet() };
		Random random = new Random(20);
		for (int n = 0; n < 80; n++) {
			order(random, sellers, n);
		}

		// Event by event, as the rebuild did before: every booking and every order's
		// events through the listeners' own code.
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("""
					TRUNCATE report_processed_event, report_sales_daily, report_sales_monthly, report_seller_daily,
						report_seller_monthly, report_orders_daily, report_product_lines_daily""").update();
			this.commissions.replay(this.sales::add);
			this.history.replay((event) -> {
				if (event instanceof OrderPaid paid) {
					this.sales.add(paid);
				}
				else if (event instanceof ShipmentRefunded refunded) {
					this.sales.add(refunded);
				}
				else if (event instanceof ShipmentConfirmed confirmed) {
					this.sales.add(confirmed);
				}
			});
		});
		List<List<String>> eventByEvent = snapshot();
		assertThat(eventByEvent.get(0)).hasSizeGreaterThan(50);
		assertThat(eventByEvent.get(2)).anyMatch((row) -> row.contains("|BUSAN|"));

		this.rebuild.rebuild();
		assertThat(snapshot()).isEqualTo(eventByEvent);
		// Run again: the same.
		this.rebuild.rebuild();
		assertThat(snapshot()).isEqualTo(eventByEvent);
	}

	private List<List<String>> snapshot() {
		List<List<String>> tables = new ArrayList<>();
		for (String select : TABLES) {
			tables.add(this.jdbc.sql(select).query().listOfRows().stream().map((row) -> {
				StringBuilder text = new StringBuilder("|");
				row.values().forEach((value) -> text.append(value).append('|'));
				return text.toString();
			}).sorted().toList());
		}
		return tables;
	}

	private void order(Random random, long[] sellers, int n) {
		long orderId = ids.incrementAndGet();
		// Paid at times that fall on both sides of midnight in Korea (15:00 UTC).
		Instant paidAt = LocalDateTime.of(2024, 1 + random.nextInt(4), 1 + random.nextInt(28), 0, 0)
			.atZone(DateTimeDisplay.SEOUL)
			.toInstant()
			.plusSeconds(random.nextBoolean() ? 23 * 3600 + 59 * 60 + random.nextInt(120) : random.nextInt(86_400));
		boolean paid = n % 13 != 5;
		this.jdbc
			.sql("""
						INSERT INTO customer_order (id, order_number, idempotency_key, shopper_id, status, payment_method,
							items_total, shipping_total, total, recipient, phone, postal_code, address1, address2, delivery_note,
							created_at, paid_at)
					OVERRIDING SYSTEM VALUE
						VALUES (:id, :number, :key, 9, :status, 'CARD', 0, 0, 0, '김가치', '010-1234-5678', '04524', '서울', '',
							'', :created, :paid)""")
			.param("id", orderId)
			.param("number", "VMT-" + orderId)
			.param("key", UUID.randomUUID())
			.param("status", paid ? "PAID" : "PAYMENT_PENDING")
			.param("created", Timestamp.from(paidAt.minusSeconds(60)))
			.param("paid", paid ? Timestamp.from(paidAt) : null, java.sql.Types.TIMESTAMP)
			.update();
		long paymentId = ids.incrementAndGet();
		this.jdbc.sql("""
				INSERT INTO payment (id, order_id, payment_key, method, status, amount, requested_at)
				OVERRIDING SYSTEM VALUE
				VALUES (:id, :order, :key, 'CARD', 'APPROVED', 1, :at)""")
			.param("id", paymentId)
			.param("order", orderId)
			.param("key", UUID.randomUUID())
			.param("at", Timestamp.from(paidAt))
			.update();
		int shipments = 1 + random.nextInt(3);
		int firstSeller = random.nextInt(sellers.length);
		for (int s = 0; s < shipments; s++) {
			long seller = sellers[(firstSeller + s) % sellers.length];
			boolean shipmentPaid = paid && !(n % 11 == 3 && s == 1);
			shipment(random, orderId, paymentId, seller, shipmentPaid ? paidAt : null);
		}
	}

	private void shipment(Random random, long orderId, long paymentId, long seller, Instant paidAt) {
		long shipmentId = ids.incrementAndGet();
		Instant confirmedAt = (paidAt != null && random.nextInt(3) > 0)
				? paidAt.plusSeconds(86_400L * (2 + random.nextInt(20)) + random.nextInt(86_400)) : null;
		this.jdbc.sql("""
				INSERT INTO shipment (id, order_id, seller_id, status, shipping_fee, paid_at, confirmed_at, updated_at)
				OVERRIDING SYSTEM VALUE
				VALUES (:id, :order, :seller, :status, 3000, :paid, :confirmed, now())""")
			.param("id", shipmentId)
			.param("order", orderId)
			.param("seller", seller)
			.param("status", (confirmedAt != null) ? "CONFIRMED" : (paidAt != null) ? "PAID" : "PENDING")
			.param("paid", (paidAt != null) ? Timestamp.from(paidAt) : null, java.sql.Types.TIMESTAMP)
			.param("confirmed", (confirmedAt != null) ? Timestamp.from(confirmedAt) : null, java.sql.Types.TIMESTAMP)
			.update();
		int lineCount = 1 + random.nextInt(4);
		List<Long> lines = new ArrayList<>();
		List<Long> amounts = new ArrayList<>();
		for (int i = 0; i < lineCount; i++) {
			long lineId = ids.incrementAndGet();
			int quantity = 1 + random.nextInt(3);
			long price = 1_000L * (1 + random.nextInt(50)) + random.nextInt(10);
			this.jdbc
				.sql("""
							INSERT INTO order_line (id, shipment_id, product_id, product_name, category_slug, unit_price,
								quantity, amount, campaign_id, position, list_price)
						OVERRIDING SYSTEM VALUE
							VALUES (:id, :shipment, :product, '상품', :category, :price, :quantity, :amount, :campaign, :position,
								:price)""")
				.param("id", lineId)
				.param("shipment", shipmentId)
				.param("product", 8_800_000L + random.nextInt(12))
				.param("category", CATEGORIES[random.nextInt(CATEGORIES.length)])
				.param("price", price)
				.param("quantity", quantity)
				.param("amount", price * quantity)
				.param("campaign", CAMPAIGNS[random.nextInt(CAMPAIGNS.length)], java.sql.Types.BIGINT)
				.param("position", i)
				.update();
			lines.add(lineId);
			amounts.add(price * quantity);
		}
		if (confirmedAt != null) {
			for (int i = 0; i < lines.size(); i++) {
				settlementLine(lines.get(i), seller, shipmentId, orderId, amounts.get(i), confirmedAt);
			}
		}
		if (paidAt == null) {
			return;
		}
		int kind = random.nextInt(6);
		Instant base = (confirmedAt != null) ? confirmedAt : paidAt.plusSeconds(3_600);
		if (kind == 0) {
			// Part of the lines, before the confirmation (or without one).
			refund(orderId, paymentId, shipmentId, lines.subList(0, 1), false,
					(confirmedAt != null) ? paidAt.plusSeconds(600) : base, null);
		}
		else if (kind == 1) {
			// All of them after the confirmation, in two refunds, the last with shipping.
			refund(orderId, paymentId, shipmentId, lines.subList(0, lines.size() / 2), false, base.plusSeconds(86_400),
					null);
			refund(orderId, paymentId, shipmentId, lines.subList(lines.size() / 2, lines.size()), true,
					base.plusSeconds(40 * 86_400), null);
		}
		else if (kind == 2) {
			// Shipping alone.
			refund(orderId, paymentId, shipmentId, List.of(), true, base.plusSeconds(7_200), null);
		}
		else if (kind == 3 && confirmedAt != null) {
			// At the very moment of the confirmation: the line was still there.
			refund(orderId, paymentId, shipmentId, lines.subList(lines.size() - 1, lines.size()), false, confirmedAt,
					null);
		}
	}

	private void refund(long orderId, long paymentId, long shipmentId, List<Long> lines, boolean last, Instant at,
			String reason) {
		long refundId = ids.incrementAndGet();
		this.jdbc.sql("""
				INSERT INTO refund (id, order_id, payment_id, shipment_id, method, cause, amount, last_of_shipment,
					reason, status, created_at)
				OVERRIDING SYSTEM VALUE
				VALUES (:id, :order, :payment, :shipment, 'CARD', 'RETURNED', 0, :last, :reason, 'DONE', :at)""")
			.param("id", refundId)
			.param("order", orderId)
			.param("payment", paymentId)
			.param("shipment", shipmentId)
			.param("last", last)
			.param("reason", reason, java.sql.Types.VARCHAR)
			.param("at", Timestamp.from(at))
			.update();
		for (long line : lines) {
			this.jdbc.sql("UPDATE order_line SET refund_id = :refund WHERE id = :line")
				.param("refund", refundId)
				.param("line", line)
				.update();
			Map<String, Object> settled = this.jdbc
				.sql("SELECT id, confirmed_at FROM settlement_line WHERE source_id = :line")
				.param("line", line)
				.query()
				.listOfRows()
				.stream()
				.findFirst()
				.orElse(null);
			if (settled != null && !at.isBefore(((Timestamp) settled.get("confirmed_at")).toInstant())) {
				this.jdbc.sql("INSERT INTO settlement_line_withdrawal (line_id, withdrawn_at) VALUES (:id, :at)")
					.param("id", settled.get("id"))
					.param("at", Timestamp.from(at))
					.update();
			}
		}
	}

	private void settlementLine(long lineId, long seller, long shipmentId, long orderId, long amount, Instant at) {
		int rate = (at.isBefore(Instant.parse("2024-03-01T00:00:00Z"))) ? 300 : 200;
		long commission = amount * rate / 10_000;
		this.jdbc
			.sql("""
					INSERT INTO settlement_line (kind, source_id, seller_id, shipment_id, order_id, order_number, product_id,
						product_name, quantity, amount, rate_bps, commission, seller_share, confirmed_at)
					VALUES ('ITEM', :source, :seller, :shipment, :order, :number, 1, '상품', 1, :amount, :rate, :commission,
						:share, :at)""")
			.param("source", lineId)
			.param("seller", seller)
			.param("shipment", shipmentId)
			.param("order", orderId)
			.param("number", "VMT-" + orderId)
			.param("amount", amount)
			.param("rate", rate)
			.param("commission", commission)
			.param("share", amount - commission)
			.param("at", Timestamp.from(at))
			.update();
	}

}
