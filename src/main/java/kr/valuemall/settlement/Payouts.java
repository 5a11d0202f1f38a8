package kr.valuemall.settlement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.seller.PayoutAccount;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.settlement.ledger.Bookkeeping;
import kr.valuemall.settlement.ledger.Ledger;
import kr.valuemall.settlement.statements.HoldReason;
import kr.valuemall.settlement.statements.PayoutStatus;
import kr.valuemall.settlement.statements.Statements;

/**
 * Staff pay a period's statements out: approve them, download a bank transfer file, and
 * mark that file paid with the bank's reference (exactly the statements it holds). Paying
 * journals the payout; a statement is paid once. A payout run also takes the statements
 * of earlier periods that were held and have been released since; a seller whose new
 * payout account waits for staff has their payouts held instead of approved
 * ({@link PayoutHolds}).
 */
@Service
class Payouts {

	private final JdbcClient jdbc;

	private final Ledger ledger;

	private final Statements statements;

	private final SellerApi sellers;

	private final PayoutHolds holds;

	private final Clock clock;

	Payouts(JdbcClient jdbc, Ledger ledger, Statements statements, SellerApi sellers, PayoutHolds holds, Clock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.statements = statements;
		this.sellers = sellers;
		this.holds = holds;
		this.clock = clock;
	}

	/**
	 * Approves every settled statement of the period that has something to pay, and the
	 * held ones of earlier periods whose hold has ended; the payouts of sellers whose new
	 * payout account still waits for staff are held instead.
	 */
	@Transactional
	int approve(SettlementPeriod period, String staff) {
		Instant now = this.clock.instant();
		List<Due> due = this.jdbc
			.sql("SELECT id, seller_id FROM settlement_statement WHERE " + Statements.DUE_IN_RUN
					+ " AND payout_status IN ('SETTLED', 'HELD') AND payout > 0 ORDER BY id FOR UPDATE")
			.param("start", period.start())
			.query((rs, row) -> new Due(rs.getLong("id"), rs.getLong("seller_id")))
			.list();
		if (due.isEmpty()) {
			return 0;
		}
		List<Long> sellerIds = due.stream().map(Due::sellerId).distinct().toList();
		Set<Long> suspended = this.sellers.payoutsHeldBySuspension(sellerIds);
		Set<Long> waiting = new java.util.HashSet<>(this.sellers.pendingPayoutAccountChanges(sellerIds).keySet());
		this.holds.hold(waiting, now);
		this.holds.hold(suspended.stream().filter((seller) -> !waiting.contains(seller)).toList(),
				HoldReason.STORE_SUSPENDED, now);
		waiting.addAll(suspended);
		List<Long> approvable = due.stream()
			.filter((statement) -> !waiting.contains(statement.sellerId()))
			.map(Due::id)
			.toList();
		if (approvable.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("""
				UPDATE settlement_statement SET payout_status = 'APPROVED', approved_at = :at, approved_by = :by,
					released_at = CASE WHEN payout_status = 'HELD' THEN :at ELSE released_at END
				WHERE id IN (:ids) AND payout_status IN ('SETTLED', 'HELD')""")
			.param("at", Timestamp.from(now))
			.param("by", staff)
			.param("ids", approvable)
			.update();
	}

	/**
	 * Puts the period's approved statements (with earlier ones released from a hold) in a
	 * new bank transfer file, and answers it; empty when nothing is approved. The file
	 * keeps exactly which statements it holds, for
	 * {@link #markPaid(long, String, String)}.
	 */
	@Transactional
	TransferFile prepareFile(SettlementPeriod period, String staff) {
		List<Long> approved = this.jdbc
			.sql("SELECT id FROM settlement_statement WHERE " + Statements.DUE_IN_RUN
					+ " AND payout_status = 'APPROVED' ORDER BY id FOR UPDATE")
			.param("start", period.start())
			.query(Long.class)
			.list();
		List<Transfer> transfers = transfers(period).stream()
			.filter((transfer) -> approved.contains(transfer.statement().id()))
			.toList();
		if (transfers.isEmpty()) {
			return new TransferFile(0, transfers);
		}
		long fileId = this.jdbc.sql("""
				INSERT INTO settlement_transfer_file (period_start, created_at, created_by)
				VALUES (:start, :at, :by) RETURNING id""")
			.param("start", period.start())
			.param("at", Timestamp.from(this.clock.instant()))
			.param("by", staff)
			.query(Long.class)
			.single();
		for (Transfer transfer : transfers) {
			this.jdbc
				.sql("INSERT INTO settlement_transfer_file_item (file_id, statement_id) VALUES (:file, :statement)")
				.param("file", fileId)
				.param("statement", transfer.statement().id())
				.update();
		}
		return new TransferFile(fileId, transfers);
	}

	/** The period's transfer files not marked paid yet, newest first. */
	@Transactional(readOnly = true)
	List<OpenFile> openFiles(SettlementPeriod period) {
		return this.jdbc.sql("""
				SELECT f.id, f.created_at, f.created_by, count(*) AS transfers, sum(s.payout) AS total
				FROM settlement_transfer_file f
				JOIN settlement_transfer_file_item i ON i.file_id = f.id
				JOIN settlement_statement s ON s.id = i.statement_id
				WHERE f.period_start = :start AND f.paid_at IS NULL AND s.payout_status = 'APPROVED'
				GROUP BY f.id, f.created_at, f.created_by ORDER BY f.id DESC""")
			.param("start", period.start())
			.query((rs, row) -> new OpenFile(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
					rs.getString("created_by"), rs.getInt("transfers"), rs.getLong("total")))
			.list();
	}

	/**
	 * Marks paid, with the bank's reference, exactly the statements of this transfer file
	 * that are still approved, and journals each payout. A file is marked paid once;
	 * statements approved after it was made are not in it and stay approved.
	 * @return how many statements were marked paid
	 */
	@Transactional
	int markPaid(long fileId, String reference, String staff) {
		Instant now = this.clock.instant();
		List<Long> open = this.jdbc
			.sql("SELECT id FROM settlement_transfer_file WHERE id = :id AND paid_at IS NULL FOR UPDATE")
			.param("id", fileId)
			.query(Long.class)
			.list();
		if (open.isEmpty()) {
			return 0;
		}
		List<Long> inFile = this.jdbc.sql("""
				SELECT s.id FROM settlement_statement s JOIN settlement_transfer_file_item i ON i.statement_id = s.id
				WHERE i.file_id = :file AND s.payout_status = 'APPROVED' ORDER BY s.id FOR UPDATE OF s""")
			.param("file", fileId)
			.query(Long.class)
			.list();
		int paid = 0;
		for (long statementId : inFile) {
			StatementView statement = this.statements.find(statementId).orElseThrow();
			paid += this.jdbc.sql("""
					UPDATE settlement_statement SET payout_status = 'PAID', paid_at = :at, paid_by = :by,
						paid_reference = :reference WHERE id = :id AND payout_status = 'APPROVED'""")
				.param("at", Timestamp.from(now))
				.param("by", staff)
				.param("reference", reference)
				.param("id", statementId)
				.update();
			this.ledger
				.record(Bookkeeping.payout(statement.id(), statement.sellerId(), now, statement.payout(), reference));
		}
		this.jdbc.sql("""
				UPDATE settlement_transfer_file SET paid_at = :at, paid_by = :by, paid_reference = :reference
				WHERE id = :id""")
			.param("at", Timestamp.from(now))
			.param("by", staff)
			.param("reference", reference)
			.param("id", fileId)
			.update();
		return paid;
	}

	/**
	 * Makes the period's transfer file and marks it paid at once, as staff do when the
	 * bank confirms the file they just sent (tests and scripted payouts).
	 */
	@Transactional
	int markPaid(SettlementPeriod period, String reference, String staff) {
		TransferFile file = prepareFile(period, staff);
		return file.isEmpty() ? 0 : markPaid(file.id(), reference, staff);
	}

	/**
	 * One row per approved statement of the period's payout run (with earlier ones
	 * released from a hold): where the money goes.
	 */
	@Transactional(readOnly = true)
	List<Transfer> transfers(SettlementPeriod period) {
		return this.statements.inPayoutRun(period)
			.stream()
			.filter((statement) -> statement.payoutStatus() == PayoutStatus.APPROVED)
			.map((statement) -> new Transfer(statement,
					this.sellers.payoutAccount(statement.sellerId()).orElse(new PayoutAccount(null, null, null))))
			.toList();
	}

	record Transfer(StatementView statement, PayoutAccount account) {

	}

	/** A bank transfer file: its number and the transfers it holds. */
	record TransferFile(long id, List<Transfer> transfers) {

		boolean isEmpty() {
			return this.transfers.isEmpty();
		}

	}

	/** A transfer file waiting to be marked paid. */
	record OpenFile(long id, Instant createdAt, String createdBy, int transfers, long total) {

	}

	private record Due(long id, long sellerId) {

	}

}
