package kr.valuemall.report;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.order.OrderFacts;
import kr.valuemall.order.OrderHistory;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.settlement.CommissionBooked;
import kr.valuemall.settlement.CommissionHistory;

/**
 * Rebuilds the sales roll-ups from the orders themselves, if they were ever lost or a
 * rule of theirs changed: empties them and adds again every payment, refund and
 * confirmation of the paid orders ({@link OrderHistory#facts}) and every commission
 * booking settlement tells ({@link CommissionHistory}), in one transaction, so a rerun or
 * a failure halfway leaves the roll-ups as a whole. The rules are {@link SalesRollup}'s,
 * written once more as set-based SQL: each batch of orders is staged in temporary tables
 * and added to the roll-ups by a few grouped upserts, instead of an event at a time. The
 * processed-event keys are rebuilt with them, so an event delivered during or after the
 * rebuild is not counted twice. Views, cart adds and origin outcomes are kept: no module
 * keeps their history. Staff start it in the background ({@link #start}) and see how far
 * it has got ({@link #latest}).
 */
@Service
class RollupRebuild {

	private static final Logger logger = LoggerFactory.getLogger(RollupRebuild.class);

	/** Orders staged and added at a time. */
	static final int BATCH_ORDERS = 20_000;

	/** Commission bookings staged at a time. */
	private static final int BATCH_BOOKINGS = 50_000;

	/**
	 * Longer than any rebuild takes: a rebuild silent for longer died with its instance.
	 */
	static final Duration STALE_AFTER = Duration.ofHours(1);

	private static final String SELLER_DAY = """
			INSERT INTO report_seller_daily (day, seller_id, region, paid, refunded, shipments, confirmed, confirmed_lines,
				commission, savings)
			SELECT e.day, e.seller_id, g.region, sum(e.paid), sum(e.refunded), sum(e.shipments), sum(e.confirmed),
				sum(e.confirmed_lines), sum(e.commission), sum(e.savings)
			FROM rebuild_seller_event e LEFT JOIN rebuild_region g ON g.seller_id = e.seller_id
			GROUP BY e.day, e.seller_id, g.region
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

	private static final String SELLER_MONTH = """
			INSERT INTO report_seller_monthly (month, seller_id, region, paid, refunded, shipments, confirmed,
				confirmed_lines, commission, savings)
			SELECT date_trunc('month', e.day)::date, e.seller_id, g.region, sum(e.paid), sum(e.refunded),
				sum(e.shipments), sum(e.confirmed), sum(e.confirmed_lines), sum(e.commission), sum(e.savings)
			FROM rebuild_seller_event e LEFT JOIN rebuild_region g ON g.seller_id = e.seller_id
			GROUP BY date_trunc('month', e.day)::date, e.seller_id, g.region
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

	/**
	 * Per paid shipment its items paid; per refund its lines' amounts; per confirmation
	 * the lines still there and their amount: what OrderPaid, ShipmentRefunded and
	 * ShipmentConfirmed add per seller (an event without lines still adds its row).
	 */
	private static final String SELLER_EVENTS = """
			INSERT INTO rebuild_seller_event (day, seller_id, paid, refunded, shipments, confirmed, confirmed_lines)
			SELECT s.paid_day, s.seller_id, COALESCE(sum(l.amount), 0), 0, 1, 0, 0
			FROM rebuild_shipment s LEFT JOIN rebuild_line l ON l.shipment_id = s.shipment_id
			GROUP BY s.shipment_id, s.paid_day, s.seller_id
			UNION ALL
			SELECT r.day, r.seller_id, 0, COALESCE(sum(l.amount), 0), 0, 0, 0
			FROM rebuild_refund r LEFT JOIN rebuild_line l ON l.refund_id = r.refund_id AND l.shipment_id = r.shipment_id
			GROUP BY r.refund_id, r.day, r.seller_id
			UNION ALL
			SELECT s.confirmed_day, s.seller_id, 0, 0, 0, COALESCE(sum(l.amount) FILTER (WHERE l.kept), 0),
				count(l.shipment_id) FILTER (WHERE l.kept)
			FROM rebuild_shipment s LEFT JOIN rebuild_line l ON l.shipment_id = s.shipment_id
			WHERE s.confirmed_day IS NOT NULL
			GROUP BY s.shipment_id, s.confirmed_day, s.seller_id
			""";

	/** Lines paid on the day of payment, lines refunded on the day of their refund. */
	private static final String SALES = """
			INSERT INTO rebuild_sales (day, seller_id, category_slug, campaign_id, paid, refunded, paid_lines)
			SELECT s.paid_day, s.seller_id, l.category_slug, l.campaign_id, l.amount, 0, 1
			FROM rebuild_line l JOIN rebuild_shipment s ON s.shipment_id = l.shipment_id
			UNION ALL
			SELECT r.day, r.seller_id, l.category_slug, l.campaign_id, 0, l.amount, 0
			FROM rebuild_line l JOIN rebuild_refund r ON r.refund_id = l.refund_id AND r.shipment_id = l.shipment_id
			""";

	private static final String SALES_DAY = """
			INSERT INTO report_sales_daily (day, seller_id, category_slug, campaign_id, paid, refunded, paid_lines)
			SELECT day, seller_id, category_slug, campaign_id, sum(paid), sum(refunded), sum(paid_lines)
			FROM rebuild_sales GROUP BY day, seller_id, category_slug, campaign_id
			ON CONFLICT ON CONSTRAINT report_sales_daily_key DO UPDATE SET
				paid = report_sales_daily.paid + EXCLUDED.paid,
				refunded = report_sales_daily.refunded + EXCLUDED.refunded,
				paid_lines = report_sales_daily.paid_lines + EXCLUDED.paid_lines
			""";

	private static final String SALES_MONTH = """
			INSERT INTO report_sales_monthly (month, category_slug, campaign_id, paid, refunded, paid_lines)
			SELECT date_trunc('month', day)::date, category_slug, campaign_id, sum(paid), sum(refunded), sum(paid_lines)
			FROM rebuild_sales GROUP BY date_trunc('month', day)::date, category_slug, campaign_id
			ON CONFLICT ON CONSTRAINT report_sales_monthly_key DO UPDATE SET
				paid = report_sales_monthly.paid + EXCLUDED.paid,
				refunded = report_sales_monthly.refunded + EXCLUDED.refunded,
				paid_lines = report_sales_monthly.paid_lines + EXCLUDED.paid_lines
			""";

	private static final String PRODUCT_LINES = """
			INSERT INTO report_product_lines_daily (day, product_id, paid_lines, confirmed_lines)
			SELECT day, product_id, sum(paid), sum(confirmed) FROM (
				SELECT s.paid_day AS day, l.product_id, 1 AS paid, 0 AS confirmed
				FROM rebuild_line l JOIN rebuild_shipment s ON s.shipment_id = l.shipment_id
				UNION ALL
				SELECT s.confirmed_day, l.product_id, 0, 1
				FROM rebuild_line l JOIN rebuild_shipment s ON s.shipment_id = l.shipment_id
				WHERE l.kept AND s.confirmed_day IS NOT NULL) lines
			GROUP BY day, product_id
			ON CONFLICT (day, product_id) DO UPDATE SET
				paid_lines = report_product_lines_daily.paid_lines + EXCLUDED.paid_lines,
				confirmed_lines = report_product_lines_daily.confirmed_lines + EXCLUDED.confirmed_lines
			""";

	private final JdbcClient jdbc;

	// JdbcClient cannot bind an SQL array: staging a batch needs the connection's
	// createArrayOf.
	private final JdbcTemplate arrays;

	private final OrderHistory history;

	private final CommissionHistory commissions;

	private final SellerApi sellers;

	private final TransactionTemplate transactions;

	private final TransactionTemplate progressTransactions;

	private final TaskExecutor executor;

	private final Clock clock;

	RollupRebuild(JdbcClient jdbc, JdbcTemplate arrays, OrderHistory history, CommissionHistory commissions,
			SellerApi sellers, PlatformTransactionManager transactionManager,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
		this.jdbc = jdbc;
		this.arrays = arrays;
		this.history = history;
		this.commissions = commissions;
		this.sellers = sellers;
		this.transactions = new TransactionTemplate(transactionManager);
		this.progressTransactions = new TransactionTemplate(transactionManager);
		this.progressTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.executor = executor;
		this.clock = clock;
	}

	/**
	 * Starts a rebuild in the background, or finds the one still going, and returns its
	 * id at once.
	 */
	long start(String startedBy) {
		Optional<RebuildView> running = latest().filter(RebuildView::running);
		if (running.isPresent()) {
			return running.get().id();
		}
		long id = this.jdbc.sql("""
				INSERT INTO report_rebuild (state, started_by, started_at, orders_total)
				VALUES ('RUNNING', :by, :at, :total) RETURNING id""")
			.param("by", startedBy)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("total", this.history.paidOrders())
			.query(Long.class)
			.single();
		this.executor.execute(() -> run(id));
		return id;
	}

	/** The last rebuild started, if any; one silent too long counts as failed. */
	Optional<RebuildView> latest() {
		Instant staleBefore = this.clock.instant().minus(STALE_AFTER);
		return this.jdbc.sql("""
				SELECT id, state, started_by, started_at, finished_at, orders_total, orders_done
				FROM report_rebuild ORDER BY started_at DESC, id DESC LIMIT 1""").query((rs, row) -> {
			Instant startedAt = rs.getTimestamp("started_at").toInstant();
			RebuildView.State state = RebuildView.State.valueOf(rs.getString("state"));
			if (state == RebuildView.State.RUNNING && startedAt.isBefore(staleBefore)) {
				state = RebuildView.State.FAILED;
			}
			Timestamp finished = rs.getTimestamp("finished_at");
			return new RebuildView(rs.getLong("id"), state, rs.getString("started_by"), startedAt,
					(finished != null) ? finished.toInstant() : null, rs.getInt("orders_total"),
					rs.getInt("orders_done"));
		}).optional();
	}

	void run(long id) {
		try {
			Integer orders = this.transactions.execute((status) -> rebuild(id));
			finish(id, RebuildView.State.DONE, Objects.requireNonNull(orders));
		}
		catch (RuntimeException ex) {
			logger.error("Rebuild {} of the sales roll-ups failed", id, ex);
			finish(id, RebuildView.State.FAILED, null);
		}
	}

	/**
	 * Rebuilds in this thread, in the caller's transaction or a new one.
	 * @return how many orders were added again
	 */
	@Transactional
	int rebuild() {
		return rebuild(null);
	}

	private int rebuild(Long id) {
		Instant now = this.clock.instant();
		// TRUNCATE locks the tables until commit: listeners wait, then find their event
		// done.
		this.jdbc.sql("""
				TRUNCATE report_processed_event, report_sales_daily, report_sales_monthly, report_seller_daily,
					report_seller_monthly, report_orders_daily, report_product_lines_daily
				""").update();
		createStagingTables();
		Set<Long> regionsKnown = new HashSet<>();
		List<CommissionBooked> bookings = new ArrayList<>();
		int[] sequence = { 0 };
		this.commissions.replay((booked) -> {
			bookings.add(booked);
			if (bookings.size() == BATCH_BOOKINGS) {
				stageBookings(bookings, sequence);
			}
		});
		stageBookings(bookings, sequence);
		addBookings(now, regionsKnown);
		int[] done = { 0 };
		int orders = this.history.facts(BATCH_ORDERS, (facts) -> {
			addOrders(facts, now, regionsKnown);
			done[0] += facts.orders().size();
			if (id != null) {
				progress(id, done[0]);
			}
		});
		return orders;
	}

	private void createStagingTables() {
		this.jdbc.sql("""
				CREATE TEMPORARY TABLE rebuild_order (order_id BIGINT, day DATE) ON COMMIT DROP;
				CREATE TEMPORARY TABLE rebuild_shipment (shipment_id BIGINT, seller_id BIGINT, paid_day DATE,
					confirmed_day DATE) ON COMMIT DROP;
				CREATE TEMPORARY TABLE rebuild_refund (refund_id BIGINT, shipment_id BIGINT, seller_id BIGINT, day DATE)
					ON COMMIT DROP;
				CREATE TEMPORARY TABLE rebuild_line (shipment_id BIGINT, seller_id BIGINT, product_id BIGINT,
					category_slug VARCHAR(80), campaign_id BIGINT, amount BIGINT, refund_id BIGINT, kept BOOLEAN)
					ON COMMIT DROP;
				CREATE TEMPORARY TABLE rebuild_booking (seq INTEGER, kind VARCHAR(16), shipment_id BIGINT,
					seller_id BIGINT, day DATE, commission BIGINT, savings BIGINT) ON COMMIT DROP;
				CREATE TEMPORARY TABLE rebuild_region (seller_id BIGINT PRIMARY KEY, region VARCHAR(20)) ON COMMIT DROP;
				CREATE TEMPORARY TABLE rebuild_seller_event (day DATE, seller_id BIGINT, paid BIGINT DEFAULT 0,
					refunded BIGINT DEFAULT 0, shipments INTEGER DEFAULT 0, confirmed BIGINT DEFAULT 0,
					confirmed_lines INTEGER DEFAULT 0, commission BIGINT DEFAULT 0, savings BIGINT DEFAULT 0)
					ON COMMIT DROP;
				CREATE TEMPORARY TABLE rebuild_sales (day DATE, seller_id BIGINT, category_slug VARCHAR(80),
					campaign_id BIGINT, paid BIGINT, refunded BIGINT, paid_lines INTEGER) ON COMMIT DROP
				""").update();
	}

	private void stageBookings(List<CommissionBooked> bookings, int[] sequence) {
		if (bookings.isEmpty()) {
			return;
		}
		int n = bookings.size();
		Integer[] seq = new Integer[n];
		String[] kind = new String[n];
		Long[] shipment = new Long[n];
		Long[] seller = new Long[n];
		Integer[] day = new Integer[n];
		Long[] commission = new Long[n];
		Long[] savings = new Long[n];
		for (int i = 0; i < n; i++) {
			CommissionBooked booked = bookings.get(i);
			seq[i] = sequence[0]++;
			kind[i] = (booked.kind() == CommissionBooked.Kind.EARNED) ? "COMMISSION_IN" : "COMMISSION_OUT";
			shipment[i] = booked.shipmentId();
			seller[i] = booked.sellerId();
			day[i] = epochDay(booked.at());
			commission[i] = booked.commission();
			savings[i] = booked.savings();
		}
		stage("""
				INSERT INTO rebuild_booking (seq, kind, shipment_id, seller_id, day, commission, savings)
				SELECT s, k, sh, se, DATE '1970-01-01' + d, c, v FROM unnest(?, ?, ?, ?, ?, ?, ?) AS t(s, k, sh, se, d, c, v)
				""",
				new Column("int4", seq), new Column("varchar", kind), new Column("int8", shipment),
				new Column("int8", seller), new Column("int4", day), new Column("int8", commission),
				new Column("int8", savings));
		bookings.clear();
	}

	/**
	 * Every booking once by its key (the first told, as a listener counts the first
	 * delivery), into the sellers' days and months.
	 */
	private void addBookings(Instant now, Set<Long> regionsKnown) {
		this.jdbc.sql("""
				DELETE FROM rebuild_booking b WHERE EXISTS (SELECT 1 FROM rebuild_booking f
					WHERE f.kind = b.kind AND f.shipment_id = b.shipment_id AND f.seq < b.seq)""").update();
		this.jdbc.sql("""
				INSERT INTO report_processed_event (kind, ref, processed_at)
				SELECT kind, shipment_id, CAST(:now AS TIMESTAMPTZ) FROM rebuild_booking ON CONFLICT DO NOTHING""")
			.param("now", Timestamp.from(now))
			.update();
		knowRegions(this.jdbc.sql("SELECT DISTINCT seller_id FROM rebuild_booking").query(Long.class).list(),
				regionsKnown);
		this.jdbc.sql("""
				INSERT INTO rebuild_seller_event (day, seller_id, commission, savings)
				SELECT day, seller_id, commission, savings FROM rebuild_booking""").update();
		addSellerEvents();
	}

	private void addOrders(OrderFacts facts, Instant now, Set<Long> regionsKnown) {
		this.jdbc.sql("TRUNCATE rebuild_order, rebuild_shipment, rebuild_refund, rebuild_line, rebuild_sales").update();
		List<OrderFacts.PaidOrder> orders = facts.orders();
		stage("INSERT INTO rebuild_order SELECT o, DATE '1970-01-01' + d FROM unnest(?, ?) AS t(o, d)",
				new Column("int8", column(orders, OrderFacts.PaidOrder::orderId)),
				new Column("int4", column(orders, (order) -> epochDay(order.paidAt()))));
		List<OrderFacts.PaidShipment> shipments = facts.shipments();
		stage("""
				INSERT INTO rebuild_shipment
				SELECT s, se, DATE '1970-01-01' + p, DATE '1970-01-01' + c FROM unnest(?, ?, ?, ?) AS t(s, se, p, c)""",
				new Column("int8", column(shipments, OrderFacts.PaidShipment::shipmentId)),
				new Column("int8", column(shipments, OrderFacts.PaidShipment::sellerId)),
				new Column("int4", column(shipments, (shipment) -> epochDay(shipment.paidAt()))),
				new Column("int4", column(shipments,
						(shipment) -> (shipment.confirmedAt() != null) ? epochDay(shipment.confirmedAt()) : null)));
		List<OrderFacts.ShipmentRefund> refunds = facts.refunds();
		stage("""
				INSERT INTO rebuild_refund
				SELECT r, s, se, DATE '1970-01-01' + d FROM unnest(?, ?, ?, ?) AS t(r, s, se, d)""",
				new Column("int8", column(refunds, OrderFacts.ShipmentRefund::refundId)),
				new Column("int8", column(refunds, OrderFacts.ShipmentRefund::shipmentId)),
				new Column("int8", column(refunds, OrderFacts.ShipmentRefund::sellerId)),
				new Column("int4", column(refunds, (refund) -> epochDay(refund.refundedAt()))));
		List<OrderFacts.Line> lines = facts.lines();
		stage("INSERT INTO rebuild_line SELECT * FROM unnest(?, ?, ?, ?, ?, ?, ?, ?)",
				new Column("int8", column(lines, OrderFacts.Line::shipmentId)),
				new Column("int8", column(lines, OrderFacts.Line::sellerId)),
				new Column("int8", column(lines, OrderFacts.Line::productId)),
				new Column("varchar", column(lines, OrderFacts.Line::categorySlug)),
				new Column("int8", column(lines, OrderFacts.Line::campaignId)),
				new Column("int8", column(lines, OrderFacts.Line::amount)),
				new Column("int8", column(lines, OrderFacts.Line::refundId)),
				new Column("bool", column(lines, OrderFacts.Line::keptAtConfirmation)));
		Set<Long> batchSellers = new TreeSet<>();
		shipments.forEach((shipment) -> batchSellers.add(shipment.sellerId()));
		refunds.forEach((refund) -> batchSellers.add(refund.sellerId()));
		knowRegions(batchSellers, regionsKnown);
		// The keys a listener would have stored, as SalesRollup names them.
		this.jdbc
			.sql("""
					INSERT INTO report_processed_event (kind, ref, processed_at)
					SELECT 'PAID', order_id, CAST(:now AS TIMESTAMPTZ) FROM rebuild_order
					UNION ALL SELECT 'CONFIRMED', shipment_id, CAST(:now AS TIMESTAMPTZ) FROM rebuild_shipment WHERE confirmed_day IS NOT NULL
					UNION ALL SELECT 'REFUND', refund_id, CAST(:now AS TIMESTAMPTZ) FROM rebuild_refund
					ON CONFLICT DO NOTHING""")
			.param("now", Timestamp.from(now))
			.update();
		this.jdbc.sql("""
				INSERT INTO report_orders_daily (day, orders) SELECT day, count(*) FROM rebuild_order GROUP BY day
				ON CONFLICT (day) DO UPDATE SET orders = report_orders_daily.orders + EXCLUDED.orders""").update();
		this.jdbc.sql(SELLER_EVENTS).update();
		addSellerEvents();
		this.jdbc.sql(SALES).update();
		this.jdbc.sql(SALES_DAY).update();
		this.jdbc.sql(SALES_MONTH).update();
		this.jdbc.sql(PRODUCT_LINES).update();
	}

	private void addSellerEvents() {
		this.jdbc.sql(SELLER_DAY).update();
		this.jdbc.sql(SELLER_MONTH).update();
		this.jdbc.sql("TRUNCATE rebuild_seller_event").update();
	}

	/**
	 * The region each seller's store is in now, asked once per seller: a rebuild puts
	 * past sales where the store is now, as a listener would.
	 */
	private void knowRegions(Collection<Long> sellerIds, Set<Long> regionsKnown) {
		List<Long> asked = sellerIds.stream().filter((seller) -> !regionsKnown.contains(seller)).toList();
		if (asked.isEmpty()) {
			return;
		}
		Map<Long, StoreSummary> stores = this.sellers.stores(asked);
		Long[] ids = asked.toArray(Long[]::new);
		String[] regions = new String[ids.length];
		for (int i = 0; i < ids.length; i++) {
			StoreSummary store = stores.get(ids[i]);
			regions[i] = (store != null && store.region() != null) ? store.region().name() : null;
		}
		stage("INSERT INTO rebuild_region SELECT * FROM unnest(?, ?)", new Column("int8", ids),
				new Column("varchar", regions));
		regionsKnown.addAll(asked);
	}

	private void progress(long id, int done) {
		try {
			this.progressTransactions.executeWithoutResult(
					(status) -> this.jdbc.sql("UPDATE report_rebuild SET orders_done = :done WHERE id = :id")
						.param("done", done)
						.param("id", id)
						.update());
		}
		catch (RuntimeException ex) {
			// The figure on the page lags; the rebuild goes on.
			logger.warn("Could not record the progress of rebuild {}", id, ex);
		}
	}

	private void finish(long id, RebuildView.State state, Integer orders) {
		this.jdbc.sql("""
				UPDATE report_rebuild SET state = :state, finished_at = :at, orders_done = COALESCE(:done, orders_done)
				WHERE id = :id""")
			.param("state", state.name())
			.param("at", Timestamp.from(this.clock.instant()))
			.param("done", orders, java.sql.Types.INTEGER)
			.param("id", id)
			.update();
	}

	private static Integer epochDay(Instant at) {
		return (int) SalesRollup.koreanDay(at).toEpochDay();
	}

	private static <T, C> Object[] column(List<T> rows, Function<T, C> value) {
		Object[] column = new Object[rows.size()];
		for (int i = 0; i < column.length; i++) {
			column[i] = value.apply(rows.get(i));
		}
		return column;
	}

	private void stage(String sql, Column... columns) {
		this.arrays.execute((ConnectionCallback<Integer>) (connection) -> stage(connection, sql, columns));
	}

	private static int stage(Connection connection, String sql, Column... columns) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			List<Array> arrays = new ArrayList<>();
			for (int i = 0; i < columns.length; i++) {
				Array array = connection.createArrayOf(columns[i].type(), columns[i].values());
				arrays.add(array);
				statement.setArray(i + 1, array);
			}
			int rows = statement.executeUpdate();
			for (Array array : arrays) {
				array.free();
			}
			return rows;
		}
	}

	/** A staged column: its SQL element type and its values. */
	private record Column(String type, Object[] values) {

	}

}
