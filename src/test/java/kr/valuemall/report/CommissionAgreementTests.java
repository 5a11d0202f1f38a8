package kr.valuemall.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.TestClockConfiguration;
import kr.valuemall.TestcontainersConfiguration;
import kr.valuemall.account.AccountApi;
import kr.valuemall.catalog.CategoryMenu;
import kr.valuemall.catalog.ListingCounts;
import kr.valuemall.order.OrderHistory;
import kr.valuemall.order.OrderPaid;
import kr.valuemall.order.OrderedLine;
import kr.valuemall.order.ShipmentConfirmed;
import kr.valuemall.order.ShipmentRefunded;
import kr.valuemall.origin.OriginApi;
import kr.valuemall.promotion.CampaignPages;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.settlement.TestPayouts;
import kr.valuemall.settlement.statements.PayoutStatus;
import kr.valuemall.settlement.StatementRow;
import kr.valuemall.settlement.StatementView;
import kr.valuemall.settlement.dashboard.SellerDashboard;
import kr.valuemall.settlement.ledger.Ledger;
import kr.valuemall.settlement.runs.SettlementPeriods;
import kr.valuemall.settlement.runs.SettlementRuns;
import kr.valuemall.settlement.statements.Statements;
import kr.valuemall.web.DateTimeDisplay;
import kr.valuemall.web.MoneyFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Settlement and the reports together, with a commission rate that changes: 3% until the
 * end of May 2019, 2% from 1 June. The report's commission must be the ledger's, month by
 * month, whatever the rate on the day and whether a refund came before or after the
 * payout.
 *
 * <pre>
 * May:  A 100,000 confirmed 20 May at 3%         3,000
 *       C  30,000 confirmed 25 May at 3%           900  (settled in May's statement)
 * June: B  50,001 confirmed 10 June at 2%        1,000
 *       D  20,000 confirmed 5 June at 2%           400, refunded 7 June before settlement: -400
 *       E  40,000 paid with a 3,000 won coupon (the mall bears it; commission is taken on the
 *          undiscounted line), confirmed 20 June at 2%                                   800
 *       C refunded 15 June, after May was settled and paid out:                          -900
 * May 3,900; June 1,800 - 900 = 900; both months 4,800.
 * Savings (13% of the lines kept, less ours): A 13,000 - 3,000; B 6,500 - 1,000;
 * E 5,200 - 800 = 19,900.
 * </pre>
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, webEnvironment = WebEnvironment.NONE,
		extraIncludes = "settlement")
@Import({ TestcontainersConfiguration.class, TestClockConfiguration.class })
@TestPropertySource(properties = { "spring.modulith.events.republish-outstanding-events-on-restart=false",
		"spring.docker.compose.enabled=false", "valuemall.settlement.schedule=-",
		"valuemall.commission.rates[0].from=2019-01-01", "valuemall.commission.rates[0].rate-bps=300",
		"valuemall.commission.rates[1].from=2019-06-01", "valuemall.commission.rates[1].rate-bps=200" })
@DirtiesContext
@MockitoBean(types = { AccountApi.class, CategoryMenu.class, ListingCounts.class, OrderHistory.class, OriginApi.class,
		CampaignPages.class, SellerApi.class, DateTimeDisplay.class, MoneyFormat.class })
class CommissionAgreementTests {

	private static final AtomicLong ids = new AtomicLong(7_000_000_000L + (System.nanoTime() % 1_000_000) * 1_000);

	@Autowired
	ApplicationEventPublisher events;

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
	Reports reports;

	@Autowired
	ApplicationContext context;

	@Autowired
	SellerDashboard dashboard;

	@Autowired
	RollupRebuild rebuild;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theReportsCommissionIsTheLedgersAcrossARateChangeAndRefundsBeforeAndAfterPayout() {
		long seller = ids.incrementAndGet();
		OrderPaid.PaidShipment a = paid(seller, seoul("2019-05-10T10:00"), 3_000, 100_000, 0);
		OrderPaid.PaidShipment c = paid(seller, seoul("2019-05-12T10:00"), 0, 30_000, 0);
		confirm(a, seoul("2019-05-20T10:00"));
		confirm(c, seoul("2019-05-25T10:00"));
		this.runs.run(this.periods.startingOn(LocalDate.of(2019, 5, 1)).orElseThrow(), "test");
		StatementView may = this.statements.ofSeller(seller).get(0);
		assertThat(this.statements.rows(may.id()))
			.extracting(StatementRow::amount, StatementRow::rateBps, StatementRow::commission)
			.contains(tuple(100_000L, 300, 3_000L), tuple(30_000L, 300, 900L));

		TestPayouts.payOut(this.context, this.periods.startingOn(LocalDate.of(2019, 5, 1)).orElseThrow());
		assertThat(this.statements.ofSeller(seller).get(0).payoutStatus()).isEqualTo(PayoutStatus.PAID);

		OrderPaid.PaidShipment b = paid(seller, seoul("2019-06-02T10:00"), 0, 50_001, 0);
		OrderPaid.PaidShipment d = paid(seller, seoul("2019-06-03T10:00"), 2_500, 20_000, 0);
		OrderPaid.PaidShipment e = paid(seller, seoul("2019-06-04T10:00"), 0, 40_000, 3_000);
		confirm(b, seoul("2019-06-10T10:00"));
		confirm(d, seoul("2019-06-05T10:00"));
		confirm(e, seoul("2019-06-20T10:00"));
		refund(d, seoul("2019-06-07T10:00"));
		refund(c, seoul("2019-06-15T10:00"));
		awaitCommission(seller, 4_800);

		assertThat(ledgerCommission(seller, "2019-05-01", "2019-06-01")).isEqualTo(3_900);
		assertThat(ledgerCommission(seller, "2019-06-01", "2019-07-01")).isEqualTo(900);
		assertThat(reportCommission(YearMonth.of(2019, 5), YearMonth.of(2019, 5))).isEqualTo(3_900);
		assertThat(reportCommission(YearMonth.of(2019, 6), YearMonth.of(2019, 6))).isEqualTo(900);
		assertThat(reportCommission(YearMonth.of(2019, 5), YearMonth.of(2019, 6))).isEqualTo(4_800);
		// The seller's dashboard and the report agree on what the seller saved.
		assertThat(this.dashboard.of(seller).savedToDate()).isEqualTo(19_900);
		assertThat(report(YearMonth.of(2019, 5), YearMonth.of(2019, 6)).kpis().savings()).isEqualTo(19_900);
		// The statement of May took 3% on both lines; June's gives C's share back and
		// takes 2% on B.
		this.runs.run(this.periods.startingOn(LocalDate.of(2019, 6, 1)).orElseThrow(), "test");
		StatementView june = this.statements.ofSeller(seller)
			.stream()
			.filter((statement) -> statement.periodStart().equals(LocalDate.of(2019, 6, 1)))
			.findFirst()
			.orElseThrow();
		assertThat(may.commissionTotal()).isEqualTo(3_900);
		assertThat(june.commissionTotal()).isEqualTo(1_000 + 800);
		assertThat(june.adjustmentTotal()).isEqualTo(-(30_000 - 900));
		// Statements: commission taken less commission given back with the adjustment =
		// the ledger = the report.
		assertThat(may.commissionTotal() + june.commissionTotal() - 900).isEqualTo(4_800);

		// Rebuilt from the orders and settlement's bookings, the roll-ups say the same.
		this.rebuild.rebuild();
		assertThat(reportCommission(YearMonth.of(2019, 5), YearMonth.of(2019, 5))).isEqualTo(3_900);
		assertThat(reportCommission(YearMonth.of(2019, 6), YearMonth.of(2019, 6))).isEqualTo(900);
	}

	private long reportCommission(YearMonth first, YearMonth last) {
		return report(first, last).kpis().commission();
	}

	private Report report(YearMonth first, YearMonth last) {
		ReportPeriod period = new ReportPeriod(first.atDay(1), last.atEndOfMonth(), new TreeSet<>(), null);
		return this.reports.report(period, Locale.KOREAN);
	}

	/** What the ledger's commission revenue account gained from this seller's entries. */
	private long ledgerCommission(long seller, String from, String until) {
		return this.jdbc.sql("""
				SELECT COALESCE(SUM(p.credit - p.debit), 0) FROM settlement_journal_posting p
				JOIN settlement_journal_entry e ON e.id = p.entry_id
				WHERE p.account = 'COMMISSION_REVENUE' AND e.seller_id = :seller
					AND e.occurred_at >= :from AND e.occurred_at < :until""")
			.param("seller", seller)
			.param("from", java.sql.Timestamp.from(seoul(from + "T00:00")))
			.param("until", java.sql.Timestamp.from(seoul(until + "T00:00")))
			.query(Long.class)
			.single();
	}

	private void awaitCommission(long seller, long total) {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.jdbc
				.sql("SELECT COALESCE(SUM(commission), 0) FROM report_seller_daily WHERE seller_id = :s")
				.param("s", seller)
				.query(Long.class)
				.single() == total);
	}

	private OrderPaid.PaidShipment paid(long seller, Instant at, long shippingFee, long amount, long coupon) {
		long orderId = ids.incrementAndGet();
		long lineId = ids.incrementAndGet();
		List<OrderedLine> lines = new ArrayList<>(
				List.of(new OrderedLine(lineId, ids.incrementAndGet(), "상품", "food", 1, amount, amount, null)));
		OrderPaid.PaidShipment shipment = new OrderPaid.PaidShipment(ids.incrementAndGet(), seller, shippingFee, lines);
		publish(new OrderPaid(orderId, "VM-" + orderId, 9L, at, amount + shippingFee - coupon, List.of(shipment)));
		awaitEntry("paid:order:" + orderId);
		this.orders.put(shipment.shipmentId(), orderId);
		return shipment;
	}

	private final java.util.Map<Long, Long> orders = new java.util.HashMap<>();

	private void confirm(OrderPaid.PaidShipment shipment, Instant at) {
		long orderId = this.orders.get(shipment.shipmentId());
		publish(new ShipmentConfirmed(shipment.shipmentId(), orderId, "VM-" + orderId, 9L, shipment.sellerId(), at,
				shipment.shippingFee(), shipment.lines()));
		awaitEntry("confirmed:shipment:" + shipment.shipmentId());
	}

	private void refund(OrderPaid.PaidShipment shipment, Instant at) {
		long orderId = this.orders.get(shipment.shipmentId());
		publish(new ShipmentRefunded(shipment.shipmentId(), orderId, "VM-" + orderId, 9L, shipment.sellerId(), at,
				ShipmentRefunded.Reason.RETURNED, shipment.shippingFee(), shipment.lines(), 0));
		awaitEntry("refund:shipment:" + shipment.shipmentId());
	}

	private void publish(Object event) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	private void awaitEntry(String sourceKey) {
		await().atMost(Duration.ofSeconds(30)).until(() -> this.ledger.contains(sourceKey));
	}

	private static Instant seoul(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(DateTimeDisplay.SEOUL).toInstant();
	}

}
