package kr.valuemall.settlement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.EventFlowTest;
import kr.valuemall.EventPublications;
import kr.valuemall.seller.Bank;
import kr.valuemall.seller.PayoutAccount;
import kr.valuemall.seller.PayoutAccountChangeDecided;
import kr.valuemall.seller.PayoutAccountChangeDecided.Outcome;
import kr.valuemall.seller.PayoutAccountChangeRequested;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreReinstated;
import kr.valuemall.seller.StoreSuspended;
import kr.valuemall.settlement.OrderEvents.Shipment;
import kr.valuemall.settlement.ledger.Ledger;
import kr.valuemall.settlement.ledger.LedgerAccount;
import kr.valuemall.settlement.runs.SettlementPeriods;
import kr.valuemall.settlement.runs.SettlementRuns;
import kr.valuemall.settlement.statements.HoldReason;
import kr.valuemall.settlement.statements.PayoutStatus;
import kr.valuemall.settlement.statements.Statements;
import kr.valuemall.web.DateTimeDisplay;

import static kr.valuemall.settlement.OrderEvents.seoul;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;

/**
 * "Payouts held until approved": while a seller's new payout account waits for staff
 * (which the seller module answers, mocked here as a set of waiting sellers), the
 * seller's settled payouts are held, not approved for the bank file; once the request is
 * decided they are released and paid with the next payout run, whatever its period. Each
 * test uses its own sellers and months of 2023 that no other test settles or pays, and
 * leaves what it held paid.
 */
@EventFlowTest
// No scheduled settlement run in the middle of a test.
@TestPropertySource(properties = "valuemall.settlement.schedule=-")
@MockitoBean(types = { SellerApi.class, DateTimeDisplay.class })
class PayoutHoldTests {

	private static final AtomicLong sellerIds = new AtomicLong(800_000_000L + System.nanoTime() % 1_000_000L);

	private static final String STAFF = "staff@example.com";

	/** Sellers whose payout account request waits for staff, with when they asked. */
	private final Map<Long, Instant> waiting = new ConcurrentHashMap<>();

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
	SellerApi sellers;

	@Autowired
	EventPublicationRegistry publications;

	@Autowired
	JdbcClient jdbc;

	OrderEvents orders;

	@BeforeEach
	void setUp() {
		this.orders = new OrderEvents(this.publisher, this.transactions, this.ledger);
		given(this.sellers.pendingPayoutAccountChanges(anyCollection())).willAnswer((call) -> {
			Collection<Long> asked = call.getArgument(0);
			return asked.stream()
				.filter(this.waiting::containsKey)
				.distinct()
				.collect(Collectors.toMap((id) -> id, this.waiting::get));
		});
		given(this.sellers.pendingPayoutAccountChange(anyLong()))
			.willAnswer((call) -> Optional.ofNullable(this.waiting.get(call.<Long>getArgument(0))));
		given(this.sellers.payoutAccount(anyLong()))
			.willReturn(Optional.of(new PayoutAccount(Bank.KB, "123456789012", "테스트")));
	}

	@Test
	void aSettledPayoutIsHeldWhileTheNewAccountWaitsAndPaidWithTheNextRunAfterApproval(Scenario scenario) {
		long asking = sellerIds.incrementAndGet();
		long other = sellerIds.incrementAndGet();
		sold(asking, "2023-03-06", 100_000);
		sold(other, "2023-03-07", 50_000);
		StatementView march = settle(asking, "2023-03-01");
		StatementView othersMarch = settle(other, "2023-03-01");
		assertThat(march.payoutStatus()).isEqualTo(PayoutStatus.SETTLED);

		// The seller asks for a new account: the settled payout is held.
		Instant askedAt = seoul("2023-04-02T09:00");
		this.waiting.put(asking, askedAt);
		PayoutAccountChangeRequested requested = new PayoutAccountChangeRequested(1L, asking, askedAt);
		scenario.publish(requested)
			.andWaitForStateChange(() -> statement(march.id()), StatementView::held)
			.andVerify((held) -> {
				assertThat(held.holdReason()).isEqualTo(HoldReason.PAYOUT_ACCOUNT_CHANGE);
				assertThat(held.heldAt()).isNotNull();
			});

		// Staff pay March: the other seller is paid, the asking one is not.
		assertThat(this.payouts.approve(period("2023-03-01"), STAFF)).isEqualTo(1);
		assertThat(this.payouts.transfers(period("2023-03-01"))).extracting((t) -> t.statement().sellerId())
			.containsExactly(other);
		assertThat(this.payouts.markPaid(period("2023-03-01"), "T-2303", STAFF)).isEqualTo(1);
		assertThat(statement(othersMarch.id()).payoutStatus()).isEqualTo(PayoutStatus.PAID);
		assertThat(statement(march.id()).payoutStatus()).isEqualTo(PayoutStatus.HELD);
		assertThat(this.ledger.balance(LedgerAccount.SELLER_PAYABLE, asking)).isEqualTo(-97_000);

		// A sale in April; staff approve the new account in May.
		sold(asking, "2023-04-10", 20_000);
		StatementView april = settle(asking, "2023-04-01");
		assertThat(april.payoutStatus()).isEqualTo(PayoutStatus.HELD);
		this.waiting.remove(asking);
		PayoutAccountChangeDecided approved = new PayoutAccountChangeDecided(1L, asking, Outcome.APPROVED, Bank.SHINHAN,
				"5678", null, seoul("2023-05-02T10:00"));
		scenario.publish(approved)
			.andWaitForStateChange(() -> List.of(statement(march.id()), statement(april.id())),
					(both) -> both.stream().noneMatch(StatementView::held))
			.andVerify((both) -> assertThat(both).allSatisfy((released) -> {
				assertThat(released.payoutStatus()).isEqualTo(PayoutStatus.SETTLED);
				assertThat(released.releasedAt()).isNotNull();
				assertThat(released.releasedAndDue()).isTrue();
			}));

		// The next payout run, April's, pays March's released payout with April's.
		assertThat(this.statements.heldBefore(period("2023-04-01"))).extracting(StatementView::id).contains(march.id());
		assertThat(this.payouts.approve(period("2023-04-01"), STAFF)).isEqualTo(2);
		assertThat(this.payouts.transfers(period("2023-04-01"))).extracting((t) -> t.statement().id())
			.containsExactlyInAnyOrder(march.id(), april.id());
		assertThat(this.payouts.markPaid(period("2023-04-01"), "T-2304", STAFF)).isEqualTo(2);
		assertThat(statement(march.id()).payoutStatus()).isEqualTo(PayoutStatus.PAID);
		assertThat(statement(march.id()).paidReference()).isEqualTo("T-2304");
		assertThat(this.ledger.balance(LedgerAccount.SELLER_PAYABLE, asking)).isZero();
		assertThat(this.statements.heldBefore(period("2023-05-01"))).extracting(StatementView::id)
			.doesNotContain(march.id(), april.id());
	}

	@Test
	void aPayoutRunBetweenTheRequestAndItsEventHoldsAllTheSame() {
		long seller = sellerIds.incrementAndGet();
		sold(seller, "2023-06-05", 30_000);
		StatementView june = settle(seller, "2023-06-01");
		// The request is in, its event not handled yet: the run asks the seller module.
		this.waiting.put(seller, seoul("2023-07-01T09:00"));
		this.payouts.approve(period("2023-06-01"), STAFF);
		StatementView held = statement(june.id());
		assertThat(held.payoutStatus()).isEqualTo(PayoutStatus.HELD);
		assertThat(held.holdReason()).isEqualTo(HoldReason.PAYOUT_ACCOUNT_CHANGE);
		assertThat(this.payouts.transfers(period("2023-06-01"))).extracting((t) -> t.statement().id())
			.doesNotContain(june.id());

		// Decided (here: withdrawn by the seller) without the event reaching settlement
		// yet: the next run asks again and approves it.
		this.waiting.remove(seller);
		this.payouts.approve(period("2023-06-01"), STAFF);
		StatementView approved = statement(june.id());
		assertThat(approved.payoutStatus()).isEqualTo(PayoutStatus.APPROVED);
		assertThat(approved.releasedAt()).isNotNull();
		this.payouts.markPaid(period("2023-06-01"), "T-2306", STAFF);
		assertThat(statement(june.id()).payoutStatus()).isEqualTo(PayoutStatus.PAID);
	}

	@Test
	void aStatementSettledWhileTheRequestWaitsIsHeldFromTheStartAndAWithdrawalReleasesIt(Scenario scenario) {
		long seller = sellerIds.incrementAndGet();
		sold(seller, "2023-08-04", 40_000);
		this.waiting.put(seller, seoul("2023-08-20T09:00"));
		StatementView august = settle(seller, "2023-08-01");
		assertThat(august.payoutStatus()).isEqualTo(PayoutStatus.HELD);
		assertThat(august.holdReason()).isEqualTo(HoldReason.PAYOUT_ACCOUNT_CHANGE);
		// Held, not forgotten: the ledger owes the seller the payout all the while.
		assertThat(this.ledger.balance(LedgerAccount.SELLER_PAYABLE, seller)).isEqualTo(-august.payout());
		assertThat(this.payouts.approve(period("2023-08-01"), STAFF)).isZero();

		this.waiting.remove(seller);
		PayoutAccountChangeDecided withdrawn = new PayoutAccountChangeDecided(2L, seller, Outcome.WITHDRAWN, Bank.NH,
				"1111", null, seoul("2023-09-01T09:00"));
		scenario.publish(withdrawn)
			.andWaitForStateChange(() -> statement(august.id()), (statement) -> !statement.held());
		assertThat(this.payouts.approve(period("2023-08-01"), STAFF)).isEqualTo(1);
		assertThat(this.payouts.markPaid(period("2023-08-01"), "T-2308", STAFF)).isEqualTo(1);
		assertThat(this.ledger.balance(LedgerAccount.SELLER_PAYABLE, seller)).isZero();
	}

	@Test
	void aPayoutStaffApprovedBeforeTheRequestGoesToTheAccountOnFileAndALateEventHoldsNothing(Scenario scenario) {
		long seller = sellerIds.incrementAndGet();
		sold(seller, "2023-10-05", 10_000);
		StatementView october = settle(seller, "2023-10-01");
		this.payouts.approve(period("2023-10-01"), STAFF);
		assertThat(statement(october.id()).payoutStatus()).isEqualTo(PayoutStatus.APPROVED);

		// Approved for the bank file before the seller asked: it is not held.
		this.waiting.put(seller, seoul("2023-11-02T09:00"));
		PayoutAccountChangeRequested requested = new PayoutAccountChangeRequested(3L, seller,
				seoul("2023-11-02T09:00"));
		scenario.publish(requested)
			.andWaitForStateChange(() -> EventPublications.handled(this.publications, requested))
			.andVerify(
					(handled) -> assertThat(statement(october.id()).payoutStatus()).isEqualTo(PayoutStatus.APPROVED));
		assertThat(this.payouts.markPaid(period("2023-10-01"), "T-2310", STAFF)).isEqualTo(1);

		// A request event that arrives after the request was decided holds nothing.
		this.waiting.remove(seller);
		sold(seller, "2023-11-06", 10_000);
		StatementView november = settle(seller, "2023-11-01");
		PayoutAccountChangeRequested late = new PayoutAccountChangeRequested(4L, seller, seoul("2023-12-01T09:00"));
		scenario.publish(late)
			.andWaitForStateChange(() -> EventPublications.handled(this.publications, late))
			.andVerify(
					(handled) -> assertThat(statement(november.id()).payoutStatus()).isEqualTo(PayoutStatus.SETTLED));
		this.payouts.approve(period("2023-11-01"), STAFF);
		this.payouts.markPaid(period("2023-11-01"), "T-2311", STAFF);
		assertThat(statement(november.id()).payoutStatus()).isEqualTo(PayoutStatus.PAID);
	}

	@Test
	void aSuspendedStoresPayoutsWaitUntilItIsReinstatedWhenStaffSaySo(Scenario scenario) {
		long seller = sellerIds.incrementAndGet();
		sold(seller, "2022-12-06", 40_000);
		StatementView december = settle(seller, "2022-12-01");
		Set<Long> suspended = ConcurrentHashMap.newKeySet();
		given(this.sellers.payoutsHeldBySuspension(anyCollection())).willAnswer((call) -> {
			Collection<Long> asked = call.getArgument(0);
			return asked.stream().filter(suspended::contains).collect(Collectors.toSet());
		});

		suspended.add(seller);
		StoreSuspended suspension = new StoreSuspended(seller, 1L, "원산지 허위 표시", true, seoul("2023-01-03T09:00"));
		scenario.publish(suspension)
			.andWaitForStateChange(() -> statement(december.id()), StatementView::held)
			.andVerify((held) -> assertThat(held.holdReason()).isEqualTo(HoldReason.STORE_SUSPENDED));
		// A payout run leaves it held.
		assertThat(this.payouts.approve(period("2022-12-01"), STAFF)).isZero();
		assertThat(statement(december.id()).payoutStatus()).isEqualTo(PayoutStatus.HELD);

		suspended.remove(seller);
		StoreReinstated reinstated = new StoreReinstated(seller, 1L, seoul("2023-01-10T09:00"));
		scenario.publish(reinstated)
			.andWaitForStateChange(() -> statement(december.id()), (statement) -> !statement.held())
			.andVerify((released) -> assertThat(released.payoutStatus()).isEqualTo(PayoutStatus.SETTLED));
		this.payouts.approve(period("2022-12-01"), STAFF);
		this.payouts.markPaid(period("2022-12-01"), "T-2212", STAFF);
		assertThat(statement(december.id()).payoutStatus()).isEqualTo(PayoutStatus.PAID);
	}

	private void sold(long seller, String day, long amount) {
		Shipment shipment = this.orders.paid(seller, seoul(day + "T10:00"), 0, amount);
		this.orders.confirmed(shipment, seoul(day + "T18:00"));
	}

	/**
	 * Settles the period for this seller only, outside any run (run id 0): a run of the
	 * whole period would settle other tests' sellers too.
	 */
	private StatementView settle(long sellerId, String start) {
		SettlementPeriod period = period(start);
		assertThat(this.runs.settle(0, sellerId, period)).isTrue();
		return this.statements.ofSeller(sellerId)
			.stream()
			.filter((statement) -> statement.periodStart().equals(period.start()))
			.findFirst()
			.orElseThrow();
	}

	private StatementView statement(long id) {
		long seller = this.jdbc.sql("SELECT seller_id FROM settlement_statement WHERE id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		return this.statements.ofSeller(seller, id).orElseThrow();
	}

	private SettlementPeriod period(String start) {
		return this.periods.startingOn(LocalDate.parse(start)).orElseThrow();
	}

}
