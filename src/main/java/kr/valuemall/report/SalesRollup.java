package kr.valuemall.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import kr.valuemall.order.OrderPaid;
import kr.valuemall.order.OrderedLine;
import kr.valuemall.order.ShipmentConfirmed;
import kr.valuemall.order.ShipmentRefunded;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.settlement.CommissionBooked;
import kr.valuemall.web.DateTimeDisplay;

/**
 * Adds the order module's events to the sales roll-ups. The rule: sales are item amounts
 * paid, minus item amounts refunded, each on its own Korean day (a refund in March lowers
 * March, whenever the order was paid). Commission is what settlement booked in its ledger
 * ({@link CommissionBooked}): earned on the day of confirmation at the rate in force that
 * day, given back on the day of a refund, so the report's commission is the ledger's by
 * construction. Each event is added once: its key goes into report_processed_event in the
 * same transaction, so a redelivered event changes nothing.
 */
@Component
class SalesRollup {

	private static final String ADD_SALES = """
			INSERT INTO report_sales_daily (day, seller_id, category_slug, campaign_id, paid, refunded, paid_lines)
			VALUES (:day, :seller, :category, :campaign, :paid, :refunded, :lines)
			ON CONFLICT ON CONSTRAINT report_sales_daily_key DO UPDATE SET
				paid = report_sales_daily.paid + EXCLUDED.paid,
				refunded = report_sales_daily.refunded + EXCLUDED.refunded,
				paid_lines = report_sales_daily.paid_lines + EXCLUDED.paid_lines
			""";

	private static final String ADD_SALES_MONTH = """
			INSERT INTO report_sales_monthly (month, category_slug, campaign_id, paid, refunded, paid_lines)
			VALUES (:month, :category, :campaign, :paid, :refunded, :lines)
			ON CONFLICT ON CONSTRAINT report_sales_monthly_key DO UPDATE SET
				paid = report_sales_monthly.paid + EXCLUDED.paid,
				refunded = report_sales_monthly.refunded + EXCLUDED.refunded,
				paid_lines = report_sales_monthly.paid_lines + EXCLUDED.paid_lines
			""";

	private static final String ADD_SELLER_DAY = """
			INSERT INTO report_seller_daily (day, seller_id, region, paid, refunded, shipments, confirmed, confirmed_lines,
				commission, savings)
			VALUES (:day, :seller, :region, :paid, :refunded, :shipments, :confirmed, :confirmedLines, :commission, :savings)
			ON CONFLICT (day, seller_id) DO UPDATE SET
				region = COALESCE(report_seller_daily.region, EXCLUDED.region),
				paid = report_seller_daily.paid + EXCLUDED.paid,
				refunded = report_seller_daily.refunded + EXCLUDED.refunded,
				shipments = report_seller_daily.shipments + EXCLUDED.shipments,
				confirmed = report_seller_daily.confirmed + EXCLUDED.confirmed,
				confirmed_lines = report_seller_daily.confirmed_lines + EXCLUDED.confirmed_lines,
				commission = report_seller_daily.commission + EXCLUDED.commission,
				savings = report_seller_daily.savings + EXCLUDED.savings
			""";

	private static final String ADD_SELLER_MONTH = """
			INSERT INTO report_seller_monthly (month, seller_id, region, paid, refunded, shipments, confirmed, confirmed_lines,
				commission, savings)
			VALUES (:month, :seller, :region, :paid, :refunded, :shipments, :confirmed, :confirmedLines, :commission, :savings)
			ON CONFLICT (month, seller_id) DO UPDATE SET
				region = COALESCE(report_seller_monthly.region, EXCLUDED.region),
				paid = report_seller_monthly.paid + EXCLUDED.paid,
				refunded = report_seller_monthly.refunded + EXCLUDED.refunded,
				shipments = report_seller_monthly.shipments + EXCLUDED.shipments,
				confirmed = report_seller_monthly.confirmed + EXCLUDED.confirmed,
				confirmed_lines = report_seller_monthly.confirmed_lines + EXCLUDED.confirmed_lines,
				commission = report_seller_monthly.commission + EXCLUDED.commission,
				savings = report_seller_monthly.savings + EXCLUDED.savings
			""";

	private static final String ADD_PRODUCT_LINES = """
			INSERT INTO report_product_lines_daily (day, product_id, paid_lines, confirmed_lines)
			VALUES (:day, :product, :paid, :confirmed)
			ON CONFLICT (day, product_id) DO UPDATE SET
				paid_lines = report_product_lines_daily.paid_lines + EXCLUDED.paid_lines,
				confirmed_lines = report_product_lines_daily.confirmed_lines + EXCLUDED.confirmed_lines
			""";

	private final JdbcClient jdbc;

	private final SellerApi sellers;

	private final Clock clock;

	SalesRollup(JdbcClient jdbc, SellerApi sellers, Clock clock) {
		this.jdbc = jdbc;
		this.sellers = sellers;
		this.clock = clock;
	}

	static LocalDate koreanDay(Instant at) {
		return LocalDate.ofInstant(at, DateTimeDisplay.SEOUL);
	}

	@ApplicationModuleListener
	void on(OrderPaid paid) {
		add(paid);
	}

	@ApplicationModuleListener
	void on(ShipmentRefunded refunded) {
		add(refunded);
	}

	@ApplicationModuleListener
	void on(ShipmentConfirmed confirmed) {
		add(confirmed);
	}

	@ApplicationModuleListener
	void on(CommissionBooked booked) {
		add(booked);
	}

	/** Adds a payment, in the caller's transaction (the listener's, or a rebuild's). */
	void add(OrderPaid paid) {
		if (!firstDelivery("PAID", paid.orderId())) {
			return;
		}
		LocalDate day = koreanDay(paid.paidAt());
		this.jdbc.sql("""
				INSERT INTO report_orders_daily (day, orders) VALUES (:day, 1)
				ON CONFLICT (day) DO UPDATE SET orders = report_orders_daily.orders + 1
				""").param("day", Date.valueOf(day)).update();
		Changes changes = new Changes();
		for (OrderPaid.PaidShipment shipment : paid.shipments()) {
			changes.seller(shipment.sellerId(), new SellerDay(itemAmount(shipment.lines()), 0, 1, 0, 0, 0, 0));
			changes.sales(shipment.sellerId(), shipment.lines(), true);
			changes.productLines(shipment.lines(), 0);
		}
		apply(day, changes);
	}

	void add(ShipmentRefunded refunded) {
		if (!firstDelivery(refunded.key().kind(), refunded.key().ref())) {
			return;
		}
		Changes changes = new Changes();
		changes.seller(refunded.sellerId(), new SellerDay(0, itemAmount(refunded.lines()), 0, 0, 0, 0, 0));
		changes.sales(refunded.sellerId(), refunded.lines(), false);
		apply(koreanDay(refunded.refundedAt()), changes);
	}

	void add(ShipmentConfirmed confirmed) {
		if (!firstDelivery("CONFIRMED", confirmed.shipmentId())) {
			return;
		}
		Changes changes = new Changes();
		changes.seller(confirmed.sellerId(),
				new SellerDay(0, 0, 0, itemAmount(confirmed.lines()), confirmed.lines().size(), 0, 0));
		changes.productLines(confirmed.lines(), 1);
		apply(koreanDay(confirmed.confirmedAt()), changes);
	}

	/** Commission settlement booked: earned (positive) or given back (negative). */
	void add(CommissionBooked booked) {
		String kind = (booked.kind() == CommissionBooked.Kind.EARNED) ? "COMMISSION_IN" : "COMMISSION_OUT";
		if (!firstDelivery(kind, booked.shipmentId())) {
			return;
		}
		Changes changes = new Changes();
		changes.seller(booked.sellerId(), new SellerDay(0, 0, 0, 0, 0, booked.commission(), booked.savings()));
		apply(koreanDay(booked.at()), changes);
	}

	private boolean firstDelivery(String kind, long ref) {
		return this.jdbc.sql("""
				INSERT INTO report_processed_event (kind, ref, processed_at) VALUES (:kind, :ref, :now)
				ON CONFLICT DO NOTHING
				""")
			.param("kind", kind)
			.param("ref", ref)
			.param("now", Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	/**
	 * Writes an event's changes table by table and, within a table, in key order. Every
	 * listener takes its row locks in that one order, so concurrent events wait for each
	 * other instead of deadlocking on a shared row (the month of a category, say).
	 */
	private void apply(LocalDate day, Changes changes) {
		Map<Long, String> regions = new TreeMap<>();
		// The region the store had when it sold: a store that moves keeps its past sales
		// where they were made.
		changes.sellers.keySet()
			.forEach((sellerId) -> regions.put(sellerId,
					this.sellers.store(sellerId)
						.map(StoreSummary::region)
						.filter(Objects::nonNull)
						.map(Enum::name)
						.orElse(null)));
		changes.sellers.forEach((sellerId, amounts) -> upsertSeller(ADD_SELLER_DAY, "day", day, sellerId,
				regions.get(sellerId), amounts));
		changes.sellers.forEach((sellerId, amounts) -> upsertSeller(ADD_SELLER_MONTH, "month", day.withDayOfMonth(1),
				sellerId, regions.get(sellerId), amounts));
		changes.sales.forEach((key, sum) -> this.jdbc.sql(ADD_SALES)
			.param("day", Date.valueOf(day))
			.param("seller", key.sellerId())
			.param("category", key.categorySlug())
			.param("campaign", key.campaignId(), Types.BIGINT)
			.param("paid", sum[0])
			.param("refunded", sum[1])
			.param("lines", (int) sum[2])
			.update());
		Map<SalesKey, long[]> monthly = new TreeMap<>(SalesKey.ORDER);
		changes.sales.forEach((key, sum) -> {
			long[] total = monthly.computeIfAbsent(new SalesKey(0, key.categorySlug(), key.campaignId()),
					(k) -> new long[3]);
			for (int i = 0; i < 3; i++) {
				total[i] += sum[i];
			}
		});
		changes.productLines.forEach((product, lines) -> this.jdbc.sql(ADD_PRODUCT_LINES)
			.param("day", Date.valueOf(day))
			.param("product", product)
			.param("paid", lines[0])
			.param("confirmed", lines[1])
			.update());
		monthly.forEach((key, sum) -> this.jdbc.sql(ADD_SALES_MONTH)
			.param("month", Date.valueOf(day.withDayOfMonth(1)))
			.param("category", key.categorySlug())
			.param("campaign", key.campaignId(), Types.BIGINT)
			.param("paid", sum[0])
			.param("refunded", sum[1])
			.param("lines", (int) sum[2])
			.update());
	}

	private void upsertSeller(String sql, String period, LocalDate start, long sellerId, String region,
			SellerDay amounts) {
		this.jdbc.sql(sql)
			.param(period, Date.valueOf(start))
			.param("seller", sellerId)
			.param("region", region)
			.param("paid", amounts.paid())
			.param("refunded", amounts.refunded())
			.param("shipments", amounts.shipments())
			.param("confirmed", amounts.confirmed())
			.param("confirmedLines", amounts.confirmedLines())
			.param("commission", amounts.commission())
			.param("savings", amounts.savings())
			.update();
	}

	/** What one event adds, per seller and per seller, category and campaign, sorted. */
	private static final class Changes {

		private final Map<Long, SellerDay> sellers = new TreeMap<>();

		/** paid, refunded, paid lines */
		private final Map<SalesKey, long[]> sales = new TreeMap<>(SalesKey.ORDER);

		/** per product: lines paid, lines confirmed (the report's funnel) */
		private final Map<Long, long[]> productLines = new TreeMap<>();

		void productLines(List<OrderedLine> lines, int step) {
			for (OrderedLine line : lines) {
				this.productLines.computeIfAbsent(line.productId(), (product) -> new long[2])[step]++;
			}
		}

		void seller(long sellerId, SellerDay amounts) {
			this.sellers.merge(sellerId, amounts, SellerDay::plus);
		}

		void sales(long sellerId, List<OrderedLine> lines, boolean paid) {
			for (OrderedLine line : lines) {
				long[] sum = this.sales.computeIfAbsent(new SalesKey(sellerId, line.categorySlug(), line.campaignId()),
						(key) -> new long[3]);
				sum[paid ? 0 : 1] += line.amount();
				sum[2] += paid ? 1 : 0;
			}
		}

	}

	private static long itemAmount(List<OrderedLine> lines) {
		return lines.stream().mapToLong(OrderedLine::amount).sum();
	}

	private record SalesKey(long sellerId, String categorySlug, Long campaignId) {

		static final Comparator<SalesKey> ORDER = Comparator.comparingLong(SalesKey::sellerId)
			.thenComparing(SalesKey::categorySlug)
			.thenComparing(SalesKey::campaignId, Comparator.nullsFirst(Comparator.naturalOrder()));

	}

	private record SellerDay(long paid, long refunded, int shipments, long confirmed, int confirmedLines,
			long commission, long savings) {

		SellerDay plus(SellerDay other) {
			return new SellerDay(this.paid + other.paid, this.refunded + other.refunded,
					this.shipments + other.shipments, this.confirmed + other.confirmed,
					this.confirmedLines + other.confirmedLines, this.commission + other.commission,
					this.savings + other.savings);
		}

	}

}
