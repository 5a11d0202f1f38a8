package kr.valuemall.settlement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import kr.valuemall.settlement.ledger.Bookkeeping;
import kr.valuemall.settlement.ledger.JournalEntry;
import kr.valuemall.settlement.ledger.LedgerAccount;
import kr.valuemall.settlement.statements.StatementTotals;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random sequences of payments, confirmations, refunds (before and after settlement),
 * settlements and payouts, booked with the mall's own rules ({@link Bookkeeping},
 * {@link StatementTotals}, {@link CommissionCalculator}): the ledger always balances, and
 * every account holds exactly what the business state says it should.
 */
class LedgerPropertyTests {

	private static final int SELLERS = 3;

	@Property(tries = 300)
	void theLedgerBalancesAndMatchesTheBusinessAfterAnySequence(@ForAll("operations") List<Op> operations) {
		Book book = new Book();
		for (Op op : operations) {
			switch (op.code()) {
				case 0, 1 -> book.pay(op.seller(), op.amount(), op.amount() % 3 == 0 ? 3000 : 0, op.amount() / 7);
				case 2 -> book.confirm(op.index());
				case 3 -> book.refund(op.index());
				case 4 -> book.settle();
				default -> book.payOut();
			}
			book.assertConsistent();
		}
	}

	@Provide
	Arbitrary<List<Op>> operations() {
		return Combinators
			.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(1, SELLERS),
					Arbitraries.integers().between(0, 1000), Arbitraries.longs().between(0, 250_000))
			.as(Op::new)
			.list()
			.ofMaxSize(80);
	}

	record Op(int code, int seller, int index, long amount) {

	}

	/**
	 * The mall's books in memory: entries posted to balances, and the business state
	 * beside them.
	 */
	static final class Book {

		private final Map<String, Long> balances = new HashMap<>();

		private final List<Shipment> shipments = new ArrayList<>();

		private final List<Line> lines = new ArrayList<>();

		private final List<Adjustment> adjustments = new ArrayList<>();

		private final List<Statement> statements = new ArrayList<>();

		private final Instant at = Instant.parse("2026-03-01T00:00:00Z");

		private long nextId = 1;

		private long debits;

		private long credits;

		void pay(int seller, long amount, long shipping, long discount) {
			long id = this.nextId++;
			Shipment shipment = new Shipment(id, seller, List.of(amount, amount / 3 + 1), shipping);
			long gross = shipment.gross();
			shipment.discount = Math.min(discount, gross);
			post(Bookkeeping.paymentCaptured(id, "VM-" + id, this.at, gross - shipment.discount, gross));
			this.shipments.add(shipment);
		}

		void confirm(int index) {
			if (this.shipments.isEmpty()) {
				return;
			}
			Shipment shipment = this.shipments.get(index % this.shipments.size());
			if (shipment.confirmed || shipment.refunded) {
				return;
			}
			shipment.confirmed = true;
			long share = shipment.shipping;
			long commission = 0;
			for (long amount : shipment.amounts) {
				CommissionSplit split = CommissionCalculator.split(amount, 300);
				this.lines.add(new Line(shipment, amount, split.commission(), split.sellerShare(), false));
				share += split.sellerShare();
				commission += split.commission();
			}
			if (shipment.shipping > 0) {
				this.lines.add(new Line(shipment, shipment.shipping, 0, shipment.shipping, true));
			}
			post(Bookkeeping.commissionEarned(shipment.id, shipment.seller, "VM", this.at, shipment.gross(), share,
					commission));
		}

		void refund(int index) {
			if (this.shipments.isEmpty()) {
				return;
			}
			Shipment shipment = this.shipments.get(index % this.shipments.size());
			if (shipment.refunded) {
				return;
			}
			shipment.refunded = true;
			post(Bookkeeping.refundPaid(shipment.id, shipment.seller, "VM", this.at, shipment.gross(),
					shipment.discount));
			if (!shipment.confirmed) {
				return;
			}
			long amount = 0;
			long share = 0;
			long commission = 0;
			for (Line line : this.lines) {
				if (line.shipment != shipment) {
					continue;
				}
				if (line.statement != null) {
					this.adjustments.add(new Adjustment(shipment.seller, -line.share));
				}
				else {
					line.withdrawn = true;
				}
				amount += line.amount;
				share += line.share;
				commission += line.commission;
			}
			post(Bookkeeping.refundReversal(shipment.id, shipment.seller, "VM", this.at, amount, share, commission));
		}

		void settle() {
			for (int seller = 1; seller <= SELLERS; seller++) {
				int s = seller;
				List<Line> open = this.lines.stream()
					.filter((line) -> line.shipment.seller == s && line.statement == null && !line.withdrawn)
					.toList();
				List<Adjustment> pending = this.adjustments.stream()
					.filter((adjustment) -> adjustment.seller == s && adjustment.statement == null)
					.toList();
				Statement carried = this.statements.stream()
					.filter((statement) -> statement.seller == s && statement.totals.carriedOut() < 0
							&& !statement.carriedOn)
					.findFirst()
					.orElse(null);
				if (open.isEmpty() && pending.isEmpty() && carried == null) {
					continue;
				}
				StatementTotals totals = StatementTotals.of(
						open.stream()
							.map((line) -> new StatementTotals.LineAmount(line.shipping, line.amount, line.commission))
							.toList(),
						pending.stream().map((adjustment) -> adjustment.amount).toList(),
						(carried != null) ? carried.totals.carriedOut() : 0, 1300);
				Statement statement = new Statement(this.nextId++, s, totals);
				this.statements.add(statement);
				open.forEach((line) -> line.statement = statement);
				pending.forEach((adjustment) -> adjustment.statement = statement);
				if (carried != null) {
					carried.carriedOn = true;
				}
				if (totals.carriedIn() < 0) {
					post(Bookkeeping.carryIn(statement.id, s, this.at, -totals.carriedIn()));
				}
				if (totals.carriedOut() < 0) {
					post(Bookkeeping.carryForward(statement.id, s, this.at, -totals.carriedOut()));
				}
				assertThat(totals.payout()).isGreaterThanOrEqualTo(0);
				assertThat(totals.payout() + totals.carriedOut()).isEqualTo(totals.net());
			}
		}

		void payOut() {
			for (Statement statement : this.statements) {
				if (!statement.paid && statement.totals.payout() > 0) {
					statement.paid = true;
					post(Bookkeeping.payout(statement.id, statement.seller, this.at, statement.totals.payout(), "T"));
				}
			}
		}

		private void post(JournalEntry entry) {
			long entryDebits = 0;
			long entryCredits = 0;
			for (JournalEntry.Posting posting : entry.postings()) {
				this.balances.merge(key(posting.account(), posting.sellerId()), posting.signed(), Long::sum);
				entryDebits += posting.debit();
				entryCredits += posting.credit();
			}
			assertThat(entryDebits).as(entry.sourceKey()).isEqualTo(entryCredits);
			this.debits += entryDebits;
			this.credits += entryCredits;
		}

		void assertConsistent() {
			assertThat(this.debits).isEqualTo(this.credits);
			assertThat(this.balances.values().stream().mapToLong(Long::longValue).sum()).isZero();
			long unconfirmed = this.shipments.stream()
				.filter((shipment) -> !shipment.confirmed && !shipment.refunded)
				.mapToLong(Shipment::gross)
				.sum();
			assertThat(-balance(LedgerAccount.SHOPPER_CLEARING, null)).isEqualTo(unconfirmed);
			long earned = this.lines.stream()
				.filter((line) -> !line.shipment.refunded)
				.mapToLong((line) -> line.commission)
				.sum();
			assertThat(-balance(LedgerAccount.COMMISSION_REVENUE, null)).isEqualTo(earned);
			// The mall bears the coupons of purchases that stand; a refunded one costs it
			// nothing, and the bank holds what shoppers paid for those, less payouts.
			long couponsBorne = this.shipments.stream()
				.filter((shipment) -> !shipment.refunded)
				.mapToLong((shipment) -> shipment.discount)
				.sum();
			assertThat(balance(LedgerAccount.MALL_DISCOUNT, null)).isEqualTo(couponsBorne);
			long keptPayments = this.shipments.stream()
				.filter((shipment) -> !shipment.refunded)
				.mapToLong((shipment) -> shipment.gross() - shipment.discount)
				.sum();
			long paidOut = this.statements.stream()
				.filter((statement) -> statement.paid)
				.mapToLong((statement) -> statement.totals.payout())
				.sum();
			assertThat(balance(LedgerAccount.BANK, null)).isEqualTo(keptPayments - paidOut);
			for (int seller = 1; seller <= SELLERS; seller++) {
				int s = seller;
				long unsettled = this.lines.stream()
					.filter((line) -> line.shipment.seller == s && line.statement == null && !line.withdrawn)
					.mapToLong((line) -> line.share)
					.sum();
				long pendingAdjustments = this.adjustments.stream()
					.filter((adjustment) -> adjustment.seller == s && adjustment.statement == null)
					.mapToLong((adjustment) -> adjustment.amount)
					.sum();
				long unpaid = this.statements.stream()
					.filter((statement) -> statement.seller == s && !statement.paid)
					.mapToLong((statement) -> statement.totals.payout())
					.sum();
				long carried = this.statements.stream()
					.filter((statement) -> statement.seller == s && !statement.carriedOn)
					.mapToLong((statement) -> -statement.totals.carriedOut())
					.sum();
				assertThat(-balance(LedgerAccount.SELLER_PAYABLE, (long) s))
					.isEqualTo(unsettled + pendingAdjustments + unpaid);
				assertThat(balance(LedgerAccount.SELLER_CARRIED, (long) s)).isEqualTo(carried);
			}
		}

		private long balance(LedgerAccount account, Long seller) {
			return this.balances.getOrDefault(key(account, seller), 0L);
		}

		private static String key(LedgerAccount account, Long seller) {
			return account + ":" + Objects.toString(seller, "");
		}

	}

	static final class Shipment {

		final long id;

		final int seller;

		final List<Long> amounts;

		final long shipping;

		long discount;

		boolean confirmed;

		boolean refunded;

		Shipment(long id, int seller, List<Long> amounts, long shipping) {
			this.id = id;
			this.seller = seller;
			this.amounts = amounts;
			this.shipping = shipping;
		}

		long gross() {
			return this.shipping + this.amounts.stream().mapToLong(Long::longValue).sum();
		}

	}

	static final class Line {

		final Shipment shipment;

		final long amount;

		final long commission;

		final long share;

		final boolean shipping;

		Statement statement;

		boolean withdrawn;

		Line(Shipment shipment, long amount, long commission, long share, boolean shipping) {
			this.shipment = shipment;
			this.amount = amount;
			this.commission = commission;
			this.share = share;
			this.shipping = shipping;
		}

	}

	static final class Adjustment {

		final int seller;

		final long amount;

		Statement statement;

		Adjustment(int seller, long amount) {
			this.seller = seller;
			this.amount = amount;
		}

	}

	static final class Statement {

		final long id;

		final int seller;

		final StatementTotals totals;

		boolean paid;

		boolean carriedOn;

		Statement(long id, int seller, StatementTotals totals) {
			this.id = id;
			this.seller = seller;
			this.totals = totals;
		}

	}

}
