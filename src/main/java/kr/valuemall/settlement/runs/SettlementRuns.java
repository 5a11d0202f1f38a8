package kr.valuemall.settlement.runs;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.seller.SellerApi;
import kr.valuemall.settlement.CommissionCalculator;
import kr.valuemall.settlement.LineKind;
import kr.valuemall.settlement.SettlementPeriod;
import kr.valuemall.settlement.ledger.Bookkeeping;
import kr.valuemall.settlement.ledger.Ledger;
import kr.valuemall.settlement.ledger.SellerLocks;
import kr.valuemall.settlement.statements.HoldReason;
import kr.valuemall.settlement.statements.PayoutStatus;
import kr.valuemall.settlement.statements.StatementTotals;

/**
 * Settles one period for every seller who has something to settle. Each seller is settled
 * under the seller's advisory lock, a few sellers a transaction, a few transactions at
 * once ({@code valuemall.settlement.run-workers}), and a statement is unique per seller
 * and period, each line and adjustment settles into one statement only: so a rerun, a
 * staff run during the scheduled one, or two instances running the same period settle
 * nothing twice.
 */
@Service
public class SettlementRuns {

	private static final Logger logger = LoggerFactory.getLogger(SettlementRuns.class);

	/**
	 * Longer than any run takes: the scheduled run's lock is held at most this long too.
	 */
	static final Duration STALE_AFTER = Duration.ofHours(2);

	/**
	 * Sellers settled in one transaction: a commit per seller was most of a run's time
	 * with 2,000 sellers.
	 */
	public static final int SELLERS_PER_COMMIT = 20;

	private final JdbcClient jdbc;

	// JdbcClient cannot bind an SQL array: a statement's items go in as one array.
	private final JdbcTemplate arrays;

	private final TransactionTemplate transactions;

	private final SellerLocks locks;

	private final Ledger ledger;

	private final CommissionCalculator commission;

	private final TaskExecutor executor;

	private final SellerApi sellers;

	private final Clock clock;

	private final int workers;

	SettlementRuns(JdbcClient jdbc, JdbcTemplate arrays, TransactionTemplate transactions, SellerLocks locks,
			Ledger ledger, CommissionCalculator commission, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			SellerApi sellers, Clock clock, SettlementProperties properties) {
		this.jdbc = jdbc;
		this.arrays = arrays;
		this.transactions = transactions;
		this.locks = locks;
		this.ledger = ledger;
		this.commission = commission;
		this.executor = executor;
		this.sellers = sellers;
		this.clock = clock;
		this.workers = properties.runWorkers();
	}

	/**
	 * Starts a run in the background and returns its id at once, for the progress page.
	 */
	public long start(SettlementPeriod period, String startedBy) {
		long runId = open(period, startedBy);
		this.executor.execute(() -> execute(runId, period));
		return runId;
	}

	/** Runs a period to its end in this thread. */
	public long run(SettlementPeriod period, String startedBy) {
		long runId = open(period, startedBy);
		execute(runId, period);
		return runId;
	}

	/**
	 * A run of the period that is still going, if any. A run that has said nothing for
	 * longer than any run takes died with its instance, and does not count.
	 */
	public Optional<Long> running(SettlementPeriod period) {
		return this.jdbc.sql("""
				SELECT id FROM settlement_run WHERE period_start = :start AND state = 'RUNNING' AND started_at > :since
				ORDER BY id DESC LIMIT 1""")
			.param("start", period.start())
			.param("since", Timestamp.from(this.clock.instant().minus(STALE_AFTER)))
			.query(Long.class)
			.optional();
	}

	private long open(SettlementPeriod period, String startedBy) {
		return this.jdbc.sql("""
				INSERT INTO settlement_run (period_start, period_end, state, started_by, started_at)
				VALUES (:start, :end, 'RUNNING', :by, :at) RETURNING id""")
			.param("start", period.start())
			.param("end", period.end())
			.param("by", startedBy)
			.param("at", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	void execute(long runId, SettlementPeriod period) {
		try {
			List<Long> sellers = sellersToSettle(period);
			this.jdbc.sql("UPDATE settlement_run SET sellers_total = :total WHERE id = :id")
				.param("total", sellers.size())
				.param("id", runId)
				.update();
			List<List<Long>> chunks = new ArrayList<>();
			for (int from = 0; from < sellers.size(); from += SELLERS_PER_COMMIT) {
				chunks.add(sellers.subList(from, Math.min(sellers.size(), from + SELLERS_PER_COMMIT)));
			}
			inWorkers(chunks, (chunk) -> settleChunk(runId, period, chunk));
			finish(runId, RunState.DONE);
		}
		catch (RuntimeException ex) {
			logger.error("Settlement run {} of {} failed", runId, period.key(), ex);
			finish(runId, RunState.FAILED);
		}
	}

	/**
	 * A few sellers a commit, in seller order, the progress with them: each is settled
	 * under its own lock as before, and a failure takes back the chunk's statements whole
	 * (a rerun settles them).
	 */
	private void settleChunk(long runId, SettlementPeriod period, List<Long> chunk) {
		this.transactions.executeWithoutResult((status) -> {
			plannedForTheTablesAsTheyAre();
			int created = 0;
			for (long sellerId : chunk) {
				created += settleLocked(runId, sellerId, period) ? 1 : 0;
			}
			this.jdbc.sql("""
					UPDATE settlement_run SET sellers_done = sellers_done + :done,
						statements_created = statements_created + :created WHERE id = :id""")
				.param("done", chunk.size())
				.param("created", created)
				.param("id", runId)
				.update();
		});
	}

	/**
	 * Settles the chunks with as many workers as configured, this thread one of them,
	 * each taking the next chunk not yet taken: one seller's queries keep one core of the
	 * database busy, and the machine has more. The workers' sellers never meet (each
	 * chunk is its own), so they wait for each other only on the run's progress row, as
	 * its update commits. After a failure no worker takes another chunk; the first
	 * failure is thrown.
	 */
	private void inWorkers(List<List<Long>> chunks, Consumer<List<Long>> settle) {
		AtomicInteger next = new AtomicInteger();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		Runnable worker = () -> {
			int taken;
			while (failure.get() == null && (taken = next.getAndIncrement()) < chunks.size()) {
				try {
					settle.accept(chunks.get(taken));
				}
				catch (RuntimeException ex) {
					failure.compareAndSet(null, ex);
				}
			}
		};
		int others = Math.min(this.workers, chunks.size()) - 1;
		List<CompletableFuture<Void>> started = new ArrayList<>();
		for (int i = 0; i < others; i++) {
			started.add(CompletableFuture.runAsync(worker, this.executor));
		}
		worker.run();
		started.forEach(CompletableFuture::join);
		if (failure.get() != null) {
			throw failure.get();
		}
	}

	private void finish(long runId, RunState state) {
		this.jdbc.sql("UPDATE settlement_run SET state = :state, finished_at = :at WHERE id = :id")
			.param("state", state.name())
			.param("at", Timestamp.from(this.clock.instant()))
			.param("id", runId)
			.update();
	}

	/**
	 * Sellers with lines confirmed before the period's end and not settled, adjustments
	 * not yet taken, or a negative balance not yet carried into a statement; less those
	 * whose statement for the period exists.
	 */
	public List<Long> sellersToSettle(SettlementPeriod period) {
		return this.jdbc.sql("""
				SELECT seller_id FROM (
					SELECT l.seller_id FROM settlement_line l
					WHERE l.confirmed_at < :end
						AND NOT EXISTS (SELECT 1 FROM settlement_statement_item i WHERE i.line_id = l.id)
						AND NOT EXISTS (SELECT 1 FROM settlement_line_withdrawal w WHERE w.line_id = l.id)
					UNION
					SELECT a.seller_id FROM settlement_adjustment a
					WHERE a.created_at < :end
						AND NOT EXISTS (SELECT 1 FROM settlement_statement_item i WHERE i.adjustment_id = a.id)
					UNION
					SELECT s.seller_id FROM settlement_statement s
					WHERE s.carried_out < 0 AND s.period_start < :start
						AND NOT EXISTS (SELECT 1 FROM settlement_statement n WHERE n.carried_from_statement_id = s.id)
				) candidates
				WHERE NOT EXISTS (SELECT 1 FROM settlement_statement s
					WHERE s.seller_id = candidates.seller_id AND s.period_start = :start)
				ORDER BY seller_id""")
			.param("start", period.start())
			.param("end", Timestamp.from(period.endInstant()))
			.query(Long.class)
			.list();
	}

	/**
	 * Settles one seller's period in its own transaction; false when there was nothing to
	 * do or it was done already.
	 */
	public boolean settle(long runId, long sellerId, SettlementPeriod period) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			plannedForTheTablesAsTheyAre();
			return settleLocked(runId, sellerId, period);
		}));
	}

	/**
	 * Each seller's queries planned for the statement items as they are now, for the rest
	 * of the transaction. A run adds a month's lines to settlement_statement_item (a
	 * million at a national mall's size) as it goes; PostgreSQL otherwise keeps, after
	 * five executions, one plan made while the table was small (on the first run ever,
	 * empty): a scan of the whole table for every seller, as it grows. The first run on
	 * the benchmark data took 392 s that way, the next one (the table then large) 28 s.
	 */
	private void plannedForTheTablesAsTheyAre() {
		this.jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
	}

	private boolean settleLocked(long runId, long sellerId, SettlementPeriod period) {
		this.locks.lock(sellerId);
		boolean exists = this.jdbc.sql("""
				SELECT count(*) FROM settlement_statement WHERE seller_id = :seller AND period_start = :start""")
			.param("seller", sellerId)
			.param("start", period.start())
			.query(Long.class)
			.single() > 0;
		if (exists) {
			return false;
		}
		Timestamp end = Timestamp.from(period.endInstant());
		List<OpenLine> lines = this.jdbc.sql("""
				SELECT l.id, l.kind, l.amount, l.commission FROM settlement_line l
				WHERE l.seller_id = :seller AND l.confirmed_at < :end
					AND NOT EXISTS (SELECT 1 FROM settlement_statement_item i WHERE i.line_id = l.id)
					AND NOT EXISTS (SELECT 1 FROM settlement_line_withdrawal w WHERE w.line_id = l.id)
				ORDER BY l.confirmed_at, l.id""")
			.param("seller", sellerId)
			.param("end", end)
			.query((rs, row) -> new OpenLine(rs.getLong("id"), LineKind.valueOf(rs.getString("kind")),
					rs.getLong("amount"), rs.getLong("commission")))
			.list();
		List<OpenAdjustment> adjustments = this.jdbc.sql("""
				SELECT a.id, a.amount FROM settlement_adjustment a
				WHERE a.seller_id = :seller AND a.created_at < :end
					AND NOT EXISTS (SELECT 1 FROM settlement_statement_item i WHERE i.adjustment_id = a.id)
				ORDER BY a.id""")
			.param("seller", sellerId)
			.param("end", end)
			.query((rs, row) -> new OpenAdjustment(rs.getLong("id"), rs.getLong("amount")))
			.list();
		Optional<Carried> carried = this.jdbc.sql("""
				SELECT s.id, s.carried_out FROM settlement_statement s
				WHERE s.seller_id = :seller AND s.carried_out < 0 AND s.period_start < :start
					AND NOT EXISTS (SELECT 1 FROM settlement_statement n WHERE n.carried_from_statement_id = s.id)
				ORDER BY s.period_start DESC LIMIT 1""")
			.param("seller", sellerId)
			.param("start", period.start())
			.query((rs, row) -> new Carried(rs.getLong("id"), rs.getLong("carried_out")))
			.optional();
		if (lines.isEmpty() && adjustments.isEmpty() && carried.isEmpty()) {
			return false;
		}
		StatementTotals totals = StatementTotals.of(
				lines.stream()
					.map((line) -> new StatementTotals.LineAmount(line.kind() == LineKind.SHIPPING, line.amount(),
							line.commission()))
					.toList(),
				adjustments.stream().map(OpenAdjustment::amount).toList(), carried.map(Carried::amount).orElse(0L),
				this.commission.privateMallReferenceBps());
		// A seller whose new payout account waits for staff is settled as usual, but the
		// payout is held until the request is decided.
		boolean held = totals.payout() > 0 && this.sellers.pendingPayoutAccountChange(sellerId).isPresent();
		PayoutStatus status = (totals.payout() > 0) ? (held ? PayoutStatus.HELD : PayoutStatus.SETTLED)
				: (totals.carriedOut() < 0) ? PayoutStatus.CARRIED_FORWARD : PayoutStatus.NOTHING_DUE;
		Instant now = this.clock.instant();
		long statementId = this.jdbc.sql("""
				INSERT INTO settlement_statement (seller_id, period_start, period_end, run_id, item_total,
					shipping_total, commission_total, adjustment_total, carried_in, net, payout, carried_out,
					reference_bps, reference_commission, carried_from_statement_id, payout_status, settled_at,
					hold_reason, held_at)
				VALUES (:seller, :start, :end, :run, :items, :shipping, :commission, :adjustments, :carriedIn, :net,
					:payout, :carriedOut, :referenceBps, :referenceCommission, :carriedFrom, :status, :at, :holdReason,
					:heldAt)
				RETURNING id""")
			.param("seller", sellerId)
			.param("start", period.start())
			.param("end", period.end())
			.param("run", runId)
			.param("items", totals.itemTotal())
			.param("shipping", totals.shippingTotal())
			.param("commission", totals.commissionTotal())
			.param("adjustments", totals.adjustmentTotal())
			.param("carriedIn", totals.carriedIn())
			.param("net", totals.net())
			.param("payout", totals.payout())
			.param("carriedOut", totals.carriedOut())
			.param("referenceBps", totals.referenceBps())
			.param("referenceCommission", totals.referenceCommission())
			.param("carriedFrom", carried.map(Carried::statementId).orElse(null))
			.param("status", status.name())
			.param("at", Timestamp.from(now))
			.param("holdReason", held ? HoldReason.PAYOUT_ACCOUNT_CHANGE.name() : null, Types.VARCHAR)
			.param("heldAt", held ? Timestamp.from(now) : null, Types.TIMESTAMP)
			.query(Long.class)
			.single();
		// One statement each for the lines and the adjustments, whatever their number: a
		// seller with thousands of lines is settled in a few round trips.
		insertItems(statementId, "line_id", lines.stream().mapToLong(OpenLine::id).toArray());
		insertItems(statementId, "adjustment_id", adjustments.stream().mapToLong(OpenAdjustment::id).toArray());
		if (totals.carriedIn() < 0) {
			this.ledger.record(Bookkeeping.carryIn(statementId, sellerId, now, -totals.carriedIn()));
		}
		if (totals.carriedOut() < 0) {
			this.ledger.record(Bookkeeping.carryForward(statementId, sellerId, now, -totals.carriedOut()));
		}
		return true;
	}

	private void insertItems(long statementId, String column, long[] ids) {
		if (ids.length == 0) {
			return;
		}
		Long[] boxed = Arrays.stream(ids).boxed().toArray(Long[]::new);
		this.arrays.execute((ConnectionCallback<Integer>) (connection) -> {
			try (PreparedStatement statement = connection.prepareStatement(
					"INSERT INTO settlement_statement_item" + " (statement_id, " + column + ") SELECT ?, unnest(?)")) {
				Array array = connection.createArrayOf("int8", boxed);
				statement.setLong(1, statementId);
				statement.setArray(2, array);
				int rows = statement.executeUpdate();
				array.free();
				return rows;
			}
		});
	}

	private record OpenLine(long id, LineKind kind, long amount, long commission) {

	}

	private record OpenAdjustment(long id, long amount) {

	}

	private record Carried(long statementId, long amount) {

	}

}
