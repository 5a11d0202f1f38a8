package kr.valuemall.settlement;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.EventFlowTest;
import kr.valuemall.EventPublications;
import kr.valuemall.order.ShipmentRefunded.Reason;
import kr.valuemall.order.ShipmentStatus;
import kr.valuemall.order.ShipmentStatusChanged;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.settlement.OrderEvents.Shipment;
import kr.valuemall.settlement.dashboard.SellerDashboard;
import kr.valuemall.settlement.ledger.Ledger;
import kr.valuemall.settlement.ledger.LedgerAccount;
import kr.valuemall.settlement.runs.RunState;
import kr.valuemall.settlement.runs.RunView;
import kr.valuemall.settlement.runs.SettlementPeriods;
import kr.valuemall.settlement.runs.SettlementRuns;
import kr.valuemall.settlement.statements.PayoutStatus;
import kr.valuemall.settlement.statements.Statements;
import kr.valuemall.web.DateTimeDisplay;

import static kr.valuemall.settlement.OrderEvents.seoul;
import static kr.valuemall.settlement.runs.SettlementRuns.SELLERS_PER_COMMIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.reset;

/**
 * Order events in, statements and journal entries out, through the real listeners and
 * PostgreSQL, with the settlement module alone (no other module hears these made-up
 * orders). Each test uses its own sellers and its own months long past, so runs of other
 * tests never hold its lines.
 */
@EventFlowTest
// No scheduled settlement run in the middle of a test.
@TestPropertySource(properties = "valuemall.settlement.schedule=-")
@MockitoBean(types = { SellerApi.class, DateTimeDisplay.class })
class SettlementFlowTests {

	@Autowired
	Clock clock;

	@Autowired
	SellerApi sellerApi;

	private static final AtomicLong sellerIds = new AtomicLong(900_000_000L + System.nanoTime() % 1_000_000L);

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Ledger ledger;

	@Autowired
	SettlementRuns runs;

	@Autowired
	SettlementPeriods periods;

	@Autowired
	Statements statements;

	@Autowired
	Payouts payouts;

	@Autowired
	SellerDashboard dashboard;

	@Autowired
	JdbcClient jdbc;

	OrderEvents orders;

	@BeforeEach
	void setUp() {
		this.orders = new OrderEvents(this.publisher, this.transactions, this.ledger);
	}

	@Test
	void commissionIsRoundedDownPerLineAndTheSellerKeepsTheRest() {
		long seller = sellerIds.incrementAndGet();
		Shipment shipment = this.orders.paid(seller, seoul("2021-03-05T10:00"), 3000, 9_999, 1, 33);
		this.orders.confirmed(shipment, seoul("2021-03-10T12:00"));

		StatementView statement = settle(seller, "2021-03-01");
		List<StatementRow> rows = this.statements.rows(statement.id());
		assertThat(rows)
			.extracting(StatementRow::amount, StatementRow::commission, StatementRow::sellerShare,
					StatementRow::rateBps)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(9_999L, 299L, 9_700L, 300),
					org.assertj.core.groups.Tuple.tuple(1L, 0L, 1L, 300),
					org.assertj.core.groups.Tuple.tuple(33L, 0L, 33L, 300),
					org.assertj.core.groups.Tuple.tuple(3_000L, 0L, 3_000L, 0));
		assertThat(statement.itemTotal()).isEqualTo(10_033);
		assertThat(statement.commissionTotal()).isEqualTo(299);
		assertThat(statement.shippingTotal()).isEqualTo(3_000);
		assertThat(statement.payout()).isEqualTo(9_700 + 1 + 33 + 3_000);
		// 13% of each line, rounded down: 1299 + 0 + 4.
		assertThat(statement.referenceCommission()).isEqualTo(1_299 + 0 + 4);
		assertThat(statement.saved()).isEqualTo(1_303 - 299);
		assertStatementMatchesItsRowsAndTheLedger(statement);
		assertLedgerBalances();
	}

	@Test
	void aLineConfirmedInAPeriodSettlesInThatPeriodOnlyByKoreanDate() {
		long seller = sellerIds.incrementAndGet();
		// 2021-04-30 23:30 in Seoul is still April, though it is already 14:30 UTC.
		Shipment april = this.orders.paid(seller, seoul("2021-04-28T10:00"), 0, 10_000);
		this.orders.confirmed(april, seoul("2021-04-30T23:30"));
		Shipment may = this.orders.paid(seller, seoul("2021-04-29T10:00"), 0, 20_000);
		this.orders.confirmed(may, seoul("2021-05-01T00:10"));

		assertThat(settle(seller, "2021-04-01").itemTotal()).isEqualTo(10_000);
		assertThat(settle(seller, "2021-05-01").itemTotal()).isEqualTo(20_000);
	}

	@Test
	void aRedeliveredEventAddsNothing() {
		long seller = sellerIds.incrementAndGet();
		Shipment shipment = this.orders.paid(seller, seoul("2021-06-02T10:00"), 2500, 15_000);
		this.orders.confirmed(shipment, seoul("2021-06-05T10:00"));
		this.orders.publish(this.orders.confirmation(shipment, seoul("2021-06-05T10:00")));
		this.orders.refunded(shipment, seoul("2021-06-06T10:00"), Reason.RETURNED);
		this.orders.publish(this.orders.refund(shipment, seoul("2021-06-06T10:00"), Reason.RETURNED));
		awaitNoPendingSettlementEvents(seller);

		assertThat(count("SELECT count(*) FROM settlement_line WHERE seller_id = :seller", seller)).isEqualTo(2);
		assertThat(count("SELECT count(*) FROM settlement_journal_entry WHERE seller_id = :seller", seller))
			.isEqualTo(3);
		assertThat(this.ledger.balance(LedgerAccount.SELLER_PAYABLE, seller)).isZero();
		assertLedgerBalances();
	}

	@Test
	void aRefundBeforeSettlementTakesTheLineOutOfIt() {
		long seller = sellerIds.incrementAndGet();
		Shipment kept = this.orders.paid(seller, seoul("2021-07-01T10:00"), 0, 40_000);
		this.orders.confirmed(kept, seoul("2021-07-03T10:00"));
		Shipment returned = this.orders.paid(seller, seoul("2021-07-01T11:00"), 3000, 25_000);
		this.orders.confirmed(returned, seoul("2021-07-04T10:00"));
		this.orders.refunded(returned, seoul("2021-07-20T10:00"), Reason.RETURNED);

		StatementView statement = settle(seller, "2021-07-01");
		assertThat(statement.itemTotal()).isEqualTo(40_000);
		assertThat(statement.shippingTotal()).isZero();
		assertThat(statement.adjustmentTotal()).isZero();
		assertThat(statement.payout()).isEqualTo(40_000 - 1_200);
		assertStatementMatchesItsRowsAndTheLedger(statement);
		assertLedgerBalances();
	}

	@Test
	void aShipmentCancelledBeforeConfirmationOnlyMovesMoneyBackToTheShopper() {
		long seller = sellerIds.incrementAndGet();
		Shipment cancelled = this.orders.paid(seller, seoul("2021-08-01T10:00"), 3000, 12_000);
		long bankBefore = this.ledger.balance(LedgerAccount.BANK, null);
		this.orders.refunded(cancelled, seoul("2021-08-01T12:00"), Reason.CANCELLED);

		assertThat(this.ledger.balance(LedgerAccount.BANK, null)).isEqualTo(bankBefore - 15_000);
		assertThat(count("SELECT count(*) FROM settlement_line WHERE seller_id = :seller", seller)).isZero();
		assertThat(count("SELECT count(*) FROM settlement_adjustment WHERE seller_id = :seller", seller)).isZero();
		assertThat(this.runs.settle(0, seller, period("2021-08-01"))).isFalse();
		// A confirmation arriving after the refund settles nothing either.
		this.orders.publish(this.orders.confirmation(cancelled, seoul("2021-08-02T10:00")));
		awaitNoPendingSettlementEvents(seller);
		assertThat(count("SELECT count(*) FROM settlement_line WHERE seller_id = :seller", seller)).isZero();
		assertLedgerBalances();
	}

	@Test
	void aCouponOrderIsSettledUndiscountedAndItsRefundGivesBackOnlyWhatTheShopperPaid() {
		long seller = sellerIds.incrementAndGet();
		long bankBefore = this.ledger.balance(LedgerAccount.BANK, null);
		long discountBefore = this.ledger.balance(LedgerAccount.MALL_DISCOUNT, null);
		Shipment kept = this.orders.paidWithCoupon(seller, seoul("2021-09-01T10:00"), null, 3000, 2_000, 12_000);
		Shipment refunded = this.orders.paidWithCoupon(seller, seoul("2021-09-01T11:00"), null, 0, 1_000, 10_000);

		assertThat(this.ledger.balance(LedgerAccount.BANK, null)).isEqualTo(bankBefore + 13_000 + 9_000);
		assertThat(this.ledger.balance(LedgerAccount.MALL_DISCOUNT, null)).isEqualTo(discountBefore + 3_000);

		this.orders.refunded(refunded, seoul("2021-09-01T12:00"), Reason.CANCELLED);
		assertThat(this.ledger.balance(LedgerAccount.BANK, null)).isEqualTo(bankBefore + 13_000);
		assertThat(this.ledger.balance(LedgerAccount.MALL_DISCOUNT, null)).isEqualTo(discountBefore + 2_000);

		this.orders.confirmed(kept, seoul("2021-09-08T10:00"));
		StatementView statement = settle(seller, "2021-09-01");
		// 12,000 at 3% is 360 won; the seller gets 11,640 and the 3,000 shipping, as
		// without the coupon.
		assertThat(statement.payout()).isEqualTo(11_640 + 3_000);
		assertStatementMatchesItsRowsAndTheLedger(statement);
		assertLedgerBalances();
	}

	@Test
	void aRefundAfterSettlementIsTakenFromTheNextStatementAndANegativeBalanceIsCarriedForward() {
		long seller = sellerIds.incrementAndGet();
		Shipment sold = this.orders.paid(seller, seoul("2021-09-10T10:00"), 3000, 50_000);
		this.orders.confirmed(sold, seoul("2021-09-15T10:00"));
		StatementView september = settle(seller, "2021-09-01");
		assertThat(september.payout()).isEqualTo(48_500 + 3_000);
		this.payouts.approve(period("2021-09-01"), "staff@example.com");
		this.payouts.markPaid(period("2021-09-01"), "T-0901", "staff@example.com");
		assertThat(this.ledger.balance(LedgerAccount.SELLER_PAYABLE, seller)).isZero();

		// Returned in October, after September was settled and paid; a small sale in
		// October too.
		this.orders.refunded(sold, seoul("2021-10-05T10:00"), Reason.RETURNED);
		Shipment small = this.orders.paid(seller, seoul("2021-10-06T10:00"), 0, 10_000);
		this.orders.confirmed(small, seoul("2021-10-08T10:00"));
		StatementView october = settle(seller, "2021-10-01");
		assertThat(october.adjustmentTotal()).isEqualTo(-(48_500 + 3_000));
		assertThat(october.net()).isEqualTo(9_700 - 51_500);
		assertThat(october.payout()).isZero();
		assertThat(october.carriedOut()).isEqualTo(-41_800);
		assertThat(october.payoutStatus()).isEqualTo(PayoutStatus.CARRIED_FORWARD);
		assertThat(this.statements.rows(october.id())).extracting(StatementRow::kind)
			.containsExactly(LineKind.ITEM, LineKind.ADJUSTMENT, LineKind.ADJUSTMENT);
		assertStatementMatchesItsRowsAndTheLedger(october);
		assertThat(this.ledger.balance(LedgerAccount.SELLER_CARRIED, seller)).isEqualTo(41_800);
		// Approving October pays nothing: a negative balance is never paid out.
		assertThat(this.payouts.approve(period("2021-10-01"), "staff@example.com")).isZero();

		// November: no sales at all, the balance still waits; December's sales pay it
		// off.
		assertThat(this.runs.sellersToSettle(period("2021-11-01"))).contains(seller);
		StatementView november = settle(seller, "2021-11-01");
		assertThat(november.carriedIn()).isEqualTo(-41_800);
		assertThat(november.carriedOut()).isEqualTo(-41_800);
		Shipment big = this.orders.paid(seller, seoul("2021-12-01T10:00"), 0, 100_000);
		this.orders.confirmed(big, seoul("2021-12-03T10:00"));
		StatementView december = settle(seller, "2021-12-01");
		assertThat(december.carriedIn()).isEqualTo(-41_800);
		assertThat(december.payout()).isEqualTo(97_000 - 41_800);
		assertStatementMatchesItsRowsAndTheLedger(december);
		assertThat(this.ledger.balance(LedgerAccount.SELLER_CARRIED, seller)).isZero();
		assertThat(this.runs.sellersToSettle(period("2022-01-01"))).doesNotContain(seller);
		assertLedgerBalances();
	}

	@Test
	void markingAFilePaidMarksExactlyTheStatementsInIt() {
		long early = sellerIds.incrementAndGet();
		long late = sellerIds.incrementAndGet();
		Shipment first = this.orders.paid(early, seoul("2022-03-02T10:00"), 0, 20_000);
		this.orders.confirmed(first, seoul("2022-03-03T10:00"));
		Shipment second = this.orders.paid(late, seoul("2022-03-02T11:00"), 0, 30_000);
		this.orders.confirmed(second, seoul("2022-03-04T10:00"));
		SettlementPeriod march = period("2022-03-01");
		assertThat(this.runs.settle(0, early, march)).isTrue();
		this.payouts.approve(march, "staff@example.com");
		Payouts.TransferFile file = this.payouts.prepareFile(march, "staff@example.com");
		assertThat(file.transfers()).extracting((transfer) -> transfer.statement().sellerId())
			.contains(early)
			.doesNotContain(late);

		// Another statement is approved after the file went to the bank: it is not in it.
		assertThat(this.runs.settle(0, late, march)).isTrue();
		this.payouts.approve(march, "staff@example.com");
		assertThat(this.payouts.markPaid(file.id(), "KB-0322", "staff@example.com")).isEqualTo(file.transfers().size());
		assertThat(this.statements.ofSeller(early).get(0).payoutStatus()).isEqualTo(PayoutStatus.PAID);
		assertThat(this.statements.ofSeller(late).get(0).payoutStatus()).isEqualTo(PayoutStatus.APPROVED);
		// A file is marked paid once.
		assertThat(this.payouts.markPaid(file.id(), "KB-0322", "staff@example.com")).isZero();
		assertThat(this.payouts.openFiles(march)).extracting(Payouts.OpenFile::id).doesNotContain(file.id());

		Payouts.TransferFile next = this.payouts.prepareFile(march, "staff@example.com");
		assertThat(next.transfers()).extracting((transfer) -> transfer.statement().sellerId())
			.contains(late)
			.doesNotContain(early);
		assertThat(this.payouts.openFiles(march)).extracting(Payouts.OpenFile::id).contains(next.id());
		assertLedgerBalances();
	}

	@Test
	void runningAPeriodAgainSettlesNothingTwice() {
		long seller = sellerIds.incrementAndGet();
		Shipment shipment = this.orders.paid(seller, seoul("2022-02-03T10:00"), 0, 30_000);
		this.orders.confirmed(shipment, seoul("2022-02-04T10:00"));
		SettlementPeriod february = period("2022-02-01");
		this.runs.run(february, "first");
		long second = this.runs.run(february, "second");

		assertThat(this.statements.ofSeller(seller)).hasSize(1);
		assertThat(this.statements.run(second).orElseThrow().state()).isEqualTo(RunState.DONE);
		assertThat(this.runs.settle(second, seller, february)).isFalse();
		assertThat(count("""
				SELECT count(*) FROM settlement_statement_item i JOIN settlement_line l ON l.id = i.line_id
				WHERE l.seller_id = :seller""", seller)).isEqualTo(1);
	}

	@Test
	void twoRunsOfOnePeriodAtOnceSettleEachLineOnce() throws Exception {
		List<Long> sellers = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			long seller = sellerIds.incrementAndGet();
			sellers.add(seller);
			Shipment shipment = this.orders.paid(seller, seoul("2022-03-03T10:00"), 3000, 11_111, 22_222);
			this.orders.confirmed(shipment, seoul("2022-03-04T10:00"));
		}
		SettlementPeriod march = period("2022-03-01");
		CyclicBarrier start = new CyclicBarrier(2);
		List<CompletableFuture<Long>> both = new ArrayList<>();
		for (String who : List.of("instance-a", "instance-b")) {
			both.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				return this.runs.run(march, who);
			}));
		}
		int created = 0;
		for (CompletableFuture<Long> run : both) {
			RunView view = this.statements.run(run.get()).orElseThrow();
			assertThat(view.state()).isEqualTo(RunState.DONE);
			created += view.statementsCreated();
		}
		for (long seller : sellers) {
			assertThat(this.statements.ofSeller(seller)).hasSize(1);
			assertThat(count("""
					SELECT count(*) FROM settlement_statement_item i JOIN settlement_line l ON l.id = i.line_id
					WHERE l.seller_id = :seller""", seller)).isEqualTo(3);
			assertStatementMatchesItsRowsAndTheLedger(this.statements.ofSeller(seller).get(0));
		}
		assertThat(created).isGreaterThanOrEqualTo(sellers.size());
		assertLedgerBalances();
	}

	@Test
	void aRunSettlesEverySellerOnceWhileItsWorkersShareTheSellers() {
		List<Long> sellers = sellersWithOneConfirmedShipment(SELLERS_PER_COMMIT * 2 + 5, "2019-08");

		RunView run = this.statements.run(this.runs.run(period("2019-08-01"), "workers")).orElseThrow();

		assertThat(run.state()).isEqualTo(RunState.DONE);
		assertThat(run.sellersTotal()).isEqualTo(sellers.size());
		assertThat(run.sellersDone()).isEqualTo(sellers.size());
		assertThat(run.statementsCreated()).isEqualTo(sellers.size());
		for (long seller : sellers) {
			assertThat(this.statements.ofSeller(seller)).hasSize(1);
			assertStatementMatchesItsRowsAndTheLedger(this.statements.ofSeller(seller).get(0));
		}
		assertLedgerBalances();
	}

	@Test
	void aSellerThatCannotBeSettledFailsTheRunTakesBackItsOwnChunkOnlyAndARerunSettlesTheRest() {
		List<Long> sellers = sellersWithOneConfirmedShipment(SELLERS_PER_COMMIT * 2 + 5, "2019-09");
		List<Long> failingChunk = sellers.subList(SELLERS_PER_COMMIT, SELLERS_PER_COMMIT * 2);
		given(this.sellerApi.pendingPayoutAccountChange(failingChunk.get(5)))
			.willThrow(new IllegalStateException("the seller module is away"));
		SettlementPeriod september = period("2019-09-01");

		RunView failed = this.statements.run(this.runs.run(september, "failing")).orElseThrow();

		assertThat(failed.state()).isEqualTo(RunState.FAILED);
		assertThat(failed.sellersDone()).isLessThan(sellers.size());
		assertThat(failed.statementsCreated()).isEqualTo(failed.sellersDone());
		for (long seller : failingChunk) {
			assertThat(this.statements.ofSeller(seller)).isEmpty();
		}
		assertThat(sellers.stream().filter((seller) -> !this.statements.ofSeller(seller).isEmpty()))
			.hasSize(failed.sellersDone());

		reset(this.sellerApi);
		RunView rerun = this.statements.run(this.runs.run(september, "rerun")).orElseThrow();

		assertThat(rerun.state()).isEqualTo(RunState.DONE);
		assertThat(rerun.statementsCreated()).isEqualTo(sellers.size() - failed.sellersDone());
		for (long seller : sellers) {
			assertThat(this.statements.ofSeller(seller)).hasSize(1);
		}
		assertLedgerBalances();
	}

	private List<Long> sellersWithOneConfirmedShipment(int count, String month) {
		List<Long> sellers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long seller = sellerIds.incrementAndGet();
			sellers.add(seller);
			Shipment shipment = this.orders.paid(seller, seoul(month + "-03T10:00"), 3000, 10_000 + i);
			this.orders.confirmed(shipment, seoul(month + "-04T10:00"));
		}
		return sellers;
	}

	@Test
	void aPaidOrdersShipmentIsOneToSendFromTheOrderAloneAndItsPaidMoveIsNotHeard() {
		long seller = sellerIds.incrementAndGet();
		java.time.Instant now = this.clock.instant();
		// OrderPaid alone: the order module's move of the shipment to PAID, published
		// with it, is not heard by settlement (the condition on its listener).
		Shipment paid = this.orders.paid(seller, now, 3000, 12_000);
		assertThat(this.dashboard.shipmentsToSend(seller)).isEqualTo(1);
		int heard = EventPublications.recordedFor(
				this.transactions, this.publisher, this.jdbc, new ShipmentStatusChanged(paid.shipmentId(),
						paid.orderNumber(), paid.shopperId(), seller, ShipmentStatus.PENDING, ShipmentStatus.PAID, now),
				"OrderEventListeners", paid.orderNumber());
		assertThat(heard).isZero();
		this.orders.status(paid, ShipmentStatus.PAID, ShipmentStatus.PREPARING, now.plusSeconds(30));
		this.orders.status(paid, ShipmentStatus.PREPARING, ShipmentStatus.SHIPPED, now.plusSeconds(60));
		await().atMost(Duration.ofSeconds(60)).until(() -> this.dashboard.shipmentsToSend(seller) == 0);
	}

	@Test
	void theDashboardCountsSalesByKoreanDayShipmentsToSendAndSavings() {
		long seller = sellerIds.incrementAndGet();
		java.time.Instant now = this.clock.instant();
		Shipment today = this.orders.paid(seller, now, 3000, 20_000);
		Shipment refunded = this.orders.paid(seller, now, 0, 5_000);
		this.orders.refunded(refunded, now, Reason.CANCELLED);
		this.orders.status(today, ShipmentStatus.AWAITING_DEPOSIT, ShipmentStatus.PAID, now.minusSeconds(60));
		this.orders.status(today, ShipmentStatus.PAID, ShipmentStatus.PREPARING, now.minusSeconds(30));
		this.orders.status(refunded, ShipmentStatus.PAID, ShipmentStatus.CANCELLED, now);
		// An older change arriving late does not undo a newer one.
		this.orders.status(refunded, ShipmentStatus.AWAITING_DEPOSIT, ShipmentStatus.PAID, now.minusSeconds(90));
		await().atMost(Duration.ofSeconds(60)).until(() -> this.dashboard.shipmentsToSend(seller) == 1);
		awaitNoPendingSettlementEvents(seller);
		assertThat(this.dashboard.shipmentsToSend(seller)).isEqualTo(1);

		this.orders.confirmed(today, now);
		SellerDashboard.Dashboard view = this.dashboard.of(seller);
		assertThat(view.salesToday()).isEqualTo(20_000);
		assertThat(view.salesThisMonth()).isEqualTo(20_000);
		assertThat(view.chart().days()).hasSize(90);
		assertThat(view.chart().last())
			.isEqualTo(LocalDate.ofInstant(this.clock.instant(), kr.valuemall.web.DateTimeDisplay.SEOUL));
		assertThat(view.chart().total()).isEqualTo(20_000);
		assertThat(view.savedToDate()).isEqualTo(2_600 - 600);
	}

	private StatementView settle(long seller, String start) {
		SettlementPeriod period = period(start);
		this.runs.run(period, "test");
		return this.statements.ofSeller(seller)
			.stream()
			.filter((statement) -> statement.periodStart().equals(period.start()))
			.findFirst()
			.orElseThrow();
	}

	private SettlementPeriod period(String start) {
		return this.periods.startingOn(LocalDate.parse(start)).orElseThrow();
	}

	/**
	 * The statement's totals are the sum of its rows, and right after it is settled the
	 * seller's payable account holds exactly its payout, the carried account its carried
	 * balance.
	 */
	private void assertStatementMatchesItsRowsAndTheLedger(StatementView statement) {
		List<StatementRow> rows = this.statements.rows(statement.id());
		long shares = rows.stream().mapToLong(StatementRow::sellerShare).sum();
		assertThat(shares + statement.carriedIn()).isEqualTo(statement.net());
		assertThat(rows.stream().filter((row) -> row.kind() == LineKind.ITEM).mapToLong(StatementRow::amount).sum())
			.isEqualTo(statement.itemTotal());
		assertThat(rows.stream().filter((row) -> row.kind() == LineKind.ITEM).mapToLong(StatementRow::commission).sum())
			.isEqualTo(statement.commissionTotal());
		assertThat(rows.stream()
			.filter((row) -> row.kind() == LineKind.ADJUSTMENT)
			.mapToLong(StatementRow::sellerShare)
			.sum()).isEqualTo(statement.adjustmentTotal());
		if (statement.payoutStatus() == PayoutStatus.SETTLED
				|| statement.payoutStatus() == PayoutStatus.CARRIED_FORWARD) {
			assertThat(-this.ledger.balance(LedgerAccount.SELLER_PAYABLE, statement.sellerId()))
				.isEqualTo(statement.payout());
			assertThat(this.ledger.balance(LedgerAccount.SELLER_CARRIED, statement.sellerId()))
				.isEqualTo(-statement.carriedOut());
		}
	}

	private void assertLedgerBalances() {
		assertThat(this.ledger.unbalancedEntries()).isZero();
		assertThat(this.ledger.trialBalance().stream().mapToLong((a) -> a.debits() - a.credits()).sum()).isZero();
	}

	/**
	 * Waits until settlement has handled every event of this seller. Only the seller's
	 * own events count: the database is shared with the other test contexts of the JVM,
	 * whose unfinished publications are theirs.
	 */
	private void awaitNoPendingSettlementEvents(long seller) {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.jdbc.sql("""
					SELECT count(*) FROM event_publication
					WHERE completion_date IS NULL AND listener_id LIKE 'kr.valuemall.settlement.%'
						AND serialized_event LIKE :seller""")
				.param("seller", "%\"sellerId\":" + seller + "%")
				.query(Long.class)
				.single() == 0);
	}

	private long count(String sql, long seller) {
		return this.jdbc.sql(sql).param("seller", seller).query(Long.class).single();
	}

}
