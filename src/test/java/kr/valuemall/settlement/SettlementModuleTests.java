package kr.valuemall.settlement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import kr.valuemall.EventFlowTest;
import kr.valuemall.EventPublications;
import kr.valuemall.order.OrderedLine;
import kr.valuemall.order.ShipmentConfirmed;
import kr.valuemall.order.ShipmentRefunded;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.settlement.ledger.Ledger;
import kr.valuemall.settlement.ledger.LedgerAccount;
import kr.valuemall.settlement.runs.SettlementPeriods;
import kr.valuemall.settlement.runs.SettlementRuns;
import kr.valuemall.settlement.statements.Statements;
import kr.valuemall.web.DateTimeDisplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Settlement hears of money only through the order module's events. Here the settlement
 * module runs alone, without the order module, and gets those events as the order module
 * publishes them: so these tests show that the events by themselves make the seller's
 * lines, with the 3% commission rounded down per line and the exact remainder for the
 * seller, turn a later refund into a negative adjustment, and count a redelivered event
 * once. The full statement arithmetic is SettlementFlowTests' job.
 */
@EventFlowTest
// No scheduled settlement run in the middle of a test.
@TestPropertySource(properties = "valuemall.settlement.schedule=-")
@MockitoBean(types = { SellerApi.class, DateTimeDisplay.class })
class SettlementModuleTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	SettlementPeriods periods;

	@Autowired
	SettlementRuns runs;

	@Autowired
	Statements statements;

	@Autowired
	Ledger ledger;

	@Autowired
	EventPublicationRegistry publications;

	@Test
	void aConfirmedShipmentBecomesLinesWithTheCommissionRoundedDownAndTheRestForTheSeller(Scenario scenario) {
		ShipmentConfirmed confirmed = confirmation(this.clock.instant().minus(Duration.ofDays(3)));

		scenario.publish(confirmed)
			.andWaitForStateChange(() -> linesOf(confirmed.shipmentId()), (lines) -> lines.size() == 4)
			.andVerify((lines) -> assertThat(lines)
				.extracting(Line::kind, Line::amount, Line::rateBps, Line::commission, Line::sellerShare)
				.containsExactlyInAnyOrder(
						// 3% of 9,999 is 299.97: the mall takes 299, the seller 9,700.
						tuple(LineKind.ITEM, 9_999L, 300, 299L, 9_700L),
						// 3% of 33,333 is 999.99: 999 and 32,334.
						tuple(LineKind.ITEM, 33_333L, 300, 999L, 32_334L),
						// 3% of 33 is 0.99: nothing for the mall.
						tuple(LineKind.ITEM, 33L, 300, 0L, 33L),
						// Shipping goes to the seller whole.
						tuple(LineKind.SHIPPING, 3_000L, 0, 0L, 3_000L)));
	}

	@Test
	void aRefundAfterTheLinesWereSettledIsTakenFromTheSellersNextStatement(Scenario scenario) {
		Instant now = this.clock.instant();
		// Confirmed in an earlier period than the refund: more than a month ago.
		ShipmentConfirmed confirmed = confirmation(now.minus(Duration.ofDays(40)));
		SettlementPeriod confirmedIn = this.periods.containing(koreanDay(confirmed.confirmedAt()));
		SettlementPeriod refundedIn = this.periods.containing(koreanDay(now));
		assertThat(refundedIn).isNotEqualTo(confirmedIn);
		scenario.publish(confirmed)
			.andWaitForStateChange(() -> linesOf(confirmed.shipmentId()), (lines) -> lines.size() == 4);
		assertThat(settle(confirmed.sellerId(), confirmedIn).itemTotal()).isEqualTo(9_999 + 33_333 + 33);

		ShipmentRefunded refunded = new ShipmentRefunded(confirmed.shipmentId(), confirmed.orderId(),
				confirmed.orderNumber(), confirmed.shopperId(), confirmed.sellerId(), now,
				ShipmentRefunded.Reason.RETURNED, confirmed.shippingFee(), confirmed.lines(), 0);
		scenario.publish(refunded)
			.andWaitForStateChange(() -> adjustmentsOf(confirmed.sellerId()), (adjustments) -> adjustments.size() == 4)
			.andVerify((adjustments) -> {
				// Each settled line comes back: the seller's share as a negative amount,
				// the mall's commission returned.
				assertThat(adjustments).extracting(Adjustment::amount, Adjustment::commissionReturned)
					.containsExactlyInAnyOrder(tuple(-9_700L, 299L), tuple(-32_334L, 999L), tuple(-33L, 0L),
							tuple(-3_000L, 0L));
				StatementView next = settle(confirmed.sellerId(), refundedIn);
				assertThat(next.adjustmentTotal()).isEqualTo(-(9_700 + 32_334 + 33 + 3_000));
				// Nothing to pay against it: the debt is carried forward, never paid.
				assertThat(next.payout()).isZero();
				assertThat(next.carriedOut()).isEqualTo(-(9_700 + 32_334 + 33 + 3_000));
			});
	}

	@Test
	void aConfirmationDeliveredAgainChangesNothing(Scenario scenario) {
		ShipmentConfirmed confirmed = confirmation(this.clock.instant().minus(Duration.ofDays(3)));
		scenario.publish(confirmed)
			.andWaitForStateChange(() -> linesOf(confirmed.shipmentId()), (lines) -> lines.size() == 4);
		List<Line> before = linesOf(confirmed.shipmentId());

		scenario.publish(confirmed)
			.andWaitForStateChange(() -> EventPublications.handled(this.publications, confirmed))
			.andVerify((handled) -> {
				assertThat(linesOf(confirmed.shipmentId())).isEqualTo(before);
				// Owed to the seller once: 9,700 + 32,334 + 33 + 3,000 shipping.
				assertThat(this.ledger.balance(LedgerAccount.SELLER_PAYABLE, confirmed.sellerId()))
					.isEqualTo(-(9_700 + 32_334 + 33 + 3_000));
			});
	}

	/**
	 * Three lines of a seller no other test uses: 9,999, 33,333 and 33 won, with 3,000
	 * won shipping.
	 */
	private static ShipmentConfirmed confirmation(Instant confirmedAt) {
		long seller = id();
		long order = id();
		List<OrderedLine> lines = List.of(line(9_999), line(33_333), line(33));
		return new ShipmentConfirmed(id(), order, "VM-M" + order, id(), seller, confirmedAt, 3_000, lines);
	}

	private static OrderedLine line(long amount) {
		long lineId = id();
		return new OrderedLine(lineId, id(), "모듈 시험 상품 " + lineId, "kitchen", 1, amount, amount, null);
	}

	/** Ids far above what the sequences and the other tests hand out. */
	private static long id() {
		return ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
	}

	private static LocalDate koreanDay(Instant at) {
		return LocalDate.ofInstant(at, DateTimeDisplay.SEOUL);
	}

	private List<Line> linesOf(long shipmentId) {
		return this.jdbc.sql("""
				SELECT id, kind, amount, rate_bps, commission, seller_share FROM settlement_line
				WHERE shipment_id = :shipment ORDER BY id""")
			.param("shipment", shipmentId)
			.query((rs, row) -> new Line(rs.getLong("id"), LineKind.valueOf(rs.getString("kind")), rs.getLong("amount"),
					rs.getInt("rate_bps"), rs.getLong("commission"), rs.getLong("seller_share")))
			.list();
	}

	private List<Adjustment> adjustmentsOf(long sellerId) {
		return this.jdbc.sql("SELECT amount, commission_returned FROM settlement_adjustment WHERE seller_id = :seller")
			.param("seller", sellerId)
			.query((rs, row) -> new Adjustment(rs.getLong("amount"), rs.getLong("commission_returned")))
			.list();
	}

	/**
	 * Settles the period for this seller only, outside any run (run id 0): a run of the
	 * whole period would settle other tests' sellers too.
	 */
	private StatementView settle(long sellerId, SettlementPeriod period) {
		assertThat(this.runs.settle(0, sellerId, period)).isTrue();
		return this.statements.ofSeller(sellerId)
			.stream()
			.filter((statement) -> statement.periodStart().equals(period.start()))
			.findFirst()
			.orElseThrow();
	}

	record Line(long id, LineKind kind, long amount, int rateBps, long commission, long sellerShare) {
	}

	record Adjustment(long amount, long commissionReturned) {
	}

}
