package kr.valuemall.settlement.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One balanced money movement: the debits equal the credits, or it cannot exist.
 * {@code sourceKey} names its cause, so the same cause is journalled at most once.
 */
public record JournalEntry(Kind kind, String sourceKey, Long sellerId, Instant occurredAt, String memo,
		List<Posting> postings) {

	public JournalEntry {
		postings = postings.stream().filter((posting) -> posting.debit() != 0 || posting.credit() != 0).toList();
		long debits = postings.stream().mapToLong(Posting::debit).sum();
		long credits = postings.stream().mapToLong(Posting::credit).sum();
		if (debits != credits) {
			throw new IllegalArgumentException(
					"Entry " + sourceKey + " does not balance: debits " + debits + ", credits " + credits);
		}
	}

	long total() {
		return this.postings.stream().mapToLong(Posting::debit).sum();
	}

	public enum Kind {

		PAYMENT_CAPTURED, COMMISSION_EARNED, REFUND_REVERSAL, REFUND_PAID, CARRY_FORWARD, CARRY_IN, PAYOUT

	}

	/** One side of an entry; {@code sellerId} is set on seller accounts only. */
	public record Posting(LedgerAccount account, Long sellerId, long debit, long credit) {

		public Posting {
			if (debit < 0 || credit < 0 || (debit != 0 && credit != 0)) {
				throw new IllegalArgumentException("A posting is a debit or a credit, never negative");
			}
			if (account.perSeller() != (sellerId != null)) {
				throw new IllegalArgumentException(account + " needs a seller exactly when it is kept per seller");
			}
		}

		/** A signed amount as a debit (positive) or a credit (negative). */
		static Posting of(LedgerAccount account, Long sellerId, long signedDebit) {
			return (signedDebit >= 0) ? new Posting(account, sellerId, signedDebit, 0)
					: new Posting(account, sellerId, 0, -signedDebit);
		}

		public long signed() {
			return this.debit - this.credit;
		}

	}

	/** Collects postings by signed amount and checks the balance when built. */
	public static final class Builder {

		private final List<Posting> postings = new ArrayList<>();

		public Builder debit(LedgerAccount account, Long sellerId, long amount) {
			this.postings.add(Posting.of(account, account.perSeller() ? sellerId : null, amount));
			return this;
		}

		public Builder credit(LedgerAccount account, Long sellerId, long amount) {
			return debit(account, sellerId, -amount);
		}

		public Builder debit(LedgerAccount account, long amount) {
			return debit(account, null, amount);
		}

		public Builder credit(LedgerAccount account, long amount) {
			return credit(account, null, amount);
		}

		public JournalEntry build(Kind kind, String sourceKey, Long sellerId, Instant occurredAt, String memo) {
			return new JournalEntry(kind, sourceKey, sellerId, occurredAt, memo, List.copyOf(this.postings));
		}

	}

}
