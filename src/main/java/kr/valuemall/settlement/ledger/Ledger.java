package kr.valuemall.settlement.ledger;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The double-entry journal in PostgreSQL. Entries are only ever added; the database
 * refuses an update, a delete or an entry that does not balance.
 */
@Component
public class Ledger {

	private final JdbcClient jdbc;

	private final Clock clock;

	Ledger(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Journals an entry unless its cause was journalled before. Returns whether it was
	 * added; the caller's transaction decides whether it stays.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean record(JournalEntry entry) {
		Optional<Long> id = this.jdbc.sql("""
				INSERT INTO settlement_journal_entry (kind, source_key, seller_id, occurred_at, recorded_at, memo)
				VALUES (:kind, :key, :seller, :occurred, :recorded, :memo)
				ON CONFLICT (source_key) DO NOTHING
				RETURNING id""")
			.param("kind", entry.kind().name())
			.param("key", entry.sourceKey())
			.param("seller", entry.sellerId())
			.param("occurred", Timestamp.from(entry.occurredAt()))
			.param("recorded", Timestamp.from(this.clock.instant()))
			.param("memo", entry.memo())
			.query(Long.class)
			.optional();
		if (id.isEmpty()) {
			return false;
		}
		for (JournalEntry.Posting posting : entry.postings()) {
			this.jdbc.sql("""
					INSERT INTO settlement_journal_posting (entry_id, account, seller_id, debit, credit)
					VALUES (:entry, :account, :seller, :debit, :credit)""")
				.param("entry", id.get())
				.param("account", posting.account().name())
				.param("seller", posting.sellerId())
				.param("debit", posting.debit())
				.param("credit", posting.credit())
				.update();
		}
		return true;
	}

	public boolean contains(String sourceKey) {
		return this.jdbc.sql("SELECT count(*) FROM settlement_journal_entry WHERE source_key = :key")
			.param("key", sourceKey)
			.query(Long.class)
			.single() > 0;
	}

	/** Debits minus credits of an account, for one seller or (sellerId null) in total. */
	public long balance(LedgerAccount account, Long sellerId) {
		return this.jdbc.sql("""
				SELECT COALESCE(SUM(debit - credit), 0) FROM settlement_journal_posting
				WHERE account = :account AND (CAST(:seller AS BIGINT) IS NULL OR seller_id = :seller)""")
			.param("account", account.name())
			.param("seller", sellerId)
			.query(Long.class)
			.single();
	}

	/** The trial balance: each account's debits minus credits; they sum to zero. */
	public List<AccountBalance> trialBalance() {
		return this.jdbc.sql("""
				SELECT account, SUM(debit) AS debits, SUM(credit) AS credits FROM settlement_journal_posting
				GROUP BY account ORDER BY account""")
			.query((rs, row) -> new AccountBalance(LedgerAccount.valueOf(rs.getString("account")), rs.getLong("debits"),
					rs.getLong("credits")))
			.list();
	}

	/** Entries whose postings do not balance: none, ever. */
	public long unbalancedEntries() {
		return this.jdbc.sql("""
				SELECT count(*) FROM (SELECT entry_id FROM settlement_journal_posting GROUP BY entry_id
				HAVING SUM(debit) <> SUM(credit)) unbalanced""").query(Long.class).single();
	}

	public record AccountBalance(LedgerAccount account, long debits, long credits) {

	}

}
