package kr.valuemall.settlement.statements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.settlement.LineKind;
import kr.valuemall.settlement.SettlementPeriod;
import kr.valuemall.settlement.StatementRow;
import kr.valuemall.settlement.StatementView;
import kr.valuemall.settlement.runs.RunState;
import kr.valuemall.settlement.runs.RunView;
import kr.valuemall.web.forms.TypedDates;

/**
 * Reads statements, their rows and runs. Every seller query takes the seller's id, so a
 * seller can only ever reach their own statements.
 */
@Service
@Transactional(readOnly = true)
public class Statements {

	private static final String STATEMENT_COLUMNS = """
			id, seller_id, period_start, period_end, item_total, shipping_total, commission_total,
			adjustment_total, carried_in, net, payout, carried_out, reference_bps, reference_commission,
			payout_status, settled_at, approved_at, paid_at, paid_reference, hold_reason, held_at, released_at""";

	/**
	 * A payout run of a period also pays what was held in an earlier period and is due
	 * now: this selects those statements beside the period's own.
	 */
	public static final String DUE_IN_RUN = """
			(period_start = :start OR (period_start < :start AND held_at IS NOT NULL))""";

	private final JdbcClient jdbc;

	Statements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<StatementView> ofSeller(long sellerId) {
		return this.jdbc
			.sql("SELECT " + STATEMENT_COLUMNS
					+ " FROM settlement_statement WHERE seller_id = :seller ORDER BY period_start DESC")
			.param("seller", sellerId)
			.query(Statements::statement)
			.list();
	}

	public Optional<StatementView> ofSeller(long sellerId, long statementId) {
		return this.jdbc
			.sql("SELECT " + STATEMENT_COLUMNS + " FROM settlement_statement WHERE seller_id = :seller AND id = :id")
			.param("seller", sellerId)
			.param("id", statementId)
			.query(Statements::statement)
			.optional();
	}

	public Optional<StatementView> find(long statementId) {
		return this.jdbc.sql("SELECT " + STATEMENT_COLUMNS + " FROM settlement_statement WHERE id = :id")
			.param("id", statementId)
			.query(Statements::statement)
			.optional();
	}

	public Optional<StatementView> latestOf(long sellerId) {
		return this.jdbc
			.sql("SELECT " + STATEMENT_COLUMNS
					+ " FROM settlement_statement WHERE seller_id = :seller ORDER BY period_start DESC LIMIT 1")
			.param("seller", sellerId)
			.query(Statements::statement)
			.optional();
	}

	public List<StatementView> ofPeriod(SettlementPeriod period) {
		return this.jdbc
			.sql("SELECT " + STATEMENT_COLUMNS
					+ " FROM settlement_statement WHERE period_start = :start ORDER BY seller_id")
			.param("start", period.start())
			.query(Statements::statement)
			.list();
	}

	/**
	 * What a payout run of the period covers: the period's statements, then those of
	 * earlier periods that were held once and are not paid yet.
	 */
	public List<StatementView> inPayoutRun(SettlementPeriod period) {
		return this.jdbc.sql("SELECT " + STATEMENT_COLUMNS + " FROM settlement_statement WHERE " + DUE_IN_RUN + """
				 AND (period_start = :start OR payout_status IN ('HELD', 'SETTLED', 'APPROVED'))
				ORDER BY period_start DESC, seller_id""")
			.param("start", period.start())
			.query(Statements::statement)
			.list();
	}

	/**
	 * Statements of earlier periods whose payout was held and is not paid yet: held
	 * still, or released and due with this period's payout run.
	 */
	public List<StatementView> heldBefore(SettlementPeriod period) {
		return this.jdbc
			.sql("SELECT " + STATEMENT_COLUMNS + " FROM settlement_statement"
					+ """
							 WHERE period_start < :start AND held_at IS NOT NULL AND payout_status IN ('HELD', 'SETTLED', 'APPROVED')
							ORDER BY period_start, seller_id""")
			.param("start", period.start())
			.query(Statements::statement)
			.list();
	}

	/**
	 * Item and shipping lines in order, then the adjustments; an item's name carries the
	 * option bought ("셔츠 (블랙 / L)").
	 */
	public List<StatementRow> rows(long statementId) {
		return this.jdbc
			.sql("""
					SELECT l.kind, l.order_number, l.product_name || COALESCE(' (' || l.option_label || ')', '') AS product_name,
						l.quantity, l.amount, l.rate_bps, l.commission,
						l.seller_share, l.confirmed_at AS at, 0 AS section
					FROM settlement_statement_item i JOIN settlement_line l ON l.id = i.line_id
					WHERE i.statement_id = :statement
					UNION ALL
					SELECT 'ADJUSTMENT', l.order_number, l.product_name || COALESCE(' (' || l.option_label || ')', ''),
						l.quantity, -l.amount, l.rate_bps,
						-a.commission_returned, a.amount, a.created_at AS at, 1 AS section
					FROM settlement_statement_item i JOIN settlement_adjustment a ON a.id = i.adjustment_id
						JOIN settlement_line l ON l.id = a.line_id
					WHERE i.statement_id = :statement
					ORDER BY section, at, order_number""")
			.param("statement", statementId)
			.query((rs, row) -> new StatementRow(LineKind.valueOf(rs.getString("kind")), rs.getString("order_number"),
					rs.getString("product_name"), rs.getInt("quantity"), rs.getLong("amount"), rs.getInt("rate_bps"),
					rs.getLong("commission"), rs.getLong("seller_share"), instant(rs, "at")))
			.list();
	}

	/**
	 * Runs of periods no longer accepted (a staff POST once started one for the year
	 * -999999999, stored by PostgreSQL as -infinity) are not shown: their dates cannot be
	 * displayed, and they settled nothing.
	 */
	private static final String SENSIBLE_PERIOD = "period_start >= :first AND period_end <= :last";

	private static final LocalDate SENSIBLE_FROM = LocalDate.of(TypedDates.FIRST_YEAR, 1, 1);

	private static final LocalDate SENSIBLE_UNTIL = LocalDate.of(TypedDates.LAST_YEAR + 1, 1, 1);

	public List<RunView> recentRuns(int howMany) {
		return this.jdbc.sql("SELECT * FROM settlement_run WHERE " + SENSIBLE_PERIOD + " ORDER BY id DESC LIMIT :n")
			.param("first", SENSIBLE_FROM)
			.param("last", SENSIBLE_UNTIL)
			.param("n", howMany)
			.query(Statements::run)
			.list();
	}

	public Optional<RunView> run(long runId) {
		return this.jdbc.sql("SELECT * FROM settlement_run WHERE id = :id AND " + SENSIBLE_PERIOD)
			.param("first", SENSIBLE_FROM)
			.param("last", SENSIBLE_UNTIL)
			.param("id", runId)
			.query(Statements::run)
			.optional();
	}

	/** Savings against the private-mall rate over all the seller's statements. */
	long savedToDate(long sellerId) {
		return this.jdbc.sql("""
				SELECT COALESCE(SUM(reference_commission - commission_total), 0) FROM settlement_statement
				WHERE seller_id = :seller""").param("seller", sellerId).query(Long.class).single();
	}

	private static StatementView statement(ResultSet rs, int row) throws SQLException {
		return new StatementView(rs.getLong("id"), rs.getLong("seller_id"),
				rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
				rs.getLong("item_total"), rs.getLong("shipping_total"), rs.getLong("commission_total"),
				rs.getLong("adjustment_total"), rs.getLong("carried_in"), rs.getLong("net"), rs.getLong("payout"),
				rs.getLong("carried_out"), rs.getInt("reference_bps"), rs.getLong("reference_commission"),
				PayoutStatus.valueOf(rs.getString("payout_status")), instant(rs, "settled_at"),
				instant(rs, "approved_at"), instant(rs, "paid_at"), rs.getString("paid_reference"),
				(rs.getString("hold_reason") != null) ? HoldReason.valueOf(rs.getString("hold_reason")) : null,
				instant(rs, "held_at"), instant(rs, "released_at"));
	}

	private static RunView run(ResultSet rs, int row) throws SQLException {
		return new RunView(rs.getLong("id"), rs.getObject("period_start", LocalDate.class),
				rs.getObject("period_end", LocalDate.class), RunState.valueOf(rs.getString("state")),
				rs.getString("started_by"), instant(rs, "started_at"), instant(rs, "finished_at"),
				rs.getInt("sellers_total"), rs.getInt("sellers_done"), rs.getInt("statements_created"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
