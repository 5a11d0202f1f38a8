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
import kr.valuemall.settlement.statements.PayoutStatus;
import kr.valuemall.settlement.statements.Statements;

/**
 * Staff pay a period's statements out: approve them, download the bank transfer file, and
 * mark them paid with the bank's reference. Paying journals the payout; a statement is
 * paid once. A payout run also takes the statements of earlier periods that were held and
 * have been released since; a seller whose new payout account waits for staff has their
 * payouts held instead of approved ({@link PayoutHolds}).
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
		Set<Long> waiting = this.sellers
			.pendingPayoutAccountChanges(due.stream().map(Due::sellerId).distinct().toList())
			.keySet();
		this.holds.hold(waiting, now);
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
	 * Marks the period's approved statements paid with the bank's reference, and journals
	 * each payout.
	 */
	@Transactional
	int markPaid(SettlementPeriod period, String reference, String staff) {
		Instant now = this.clock.instant();
		List<Long> locked = this.jdbc
			.sql("SELECT id FROM settlement_statement WHERE " + Statements.DUE_IN_RUN
					+ " AND payout_status = 'APPROVED' ORDER BY id FOR UPDATE")
			.param("start", period.start())
			.query(Long.class)
			.list();
		List<StatementView> approved = this.statements.inPayoutRun(period)
			.stream()
			.filter((statement) -> locked.contains(statement.id()))
			.toList();
		for (StatementView statement : approved) {
			this.jdbc.sql("""
					UPDATE settlement_statement SET payout_status = 'PAID', paid_at = :at, paid_by = :by,
						paid_reference = :reference WHERE id = :id AND payout_status = 'APPROVED'""")
				.param("at", Timestamp.from(now))
				.param("by", staff)
				.param("reference", reference)
				.param("id", statement.id())
				.update();
			this.ledger
				.record(Bookkeeping.payout(statement.id(), statement.sellerId(), now, statement.payout(), reference));
		}
		return approved.size();
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

	private record Due(long id, long sellerId) {

	}

}
