package kr.valuemall.settlement.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.valuemall.seller.SellerCentrePanel;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.settlement.CommissionCalculator;
import kr.valuemall.settlement.CommissionSplit;
import kr.valuemall.settlement.StatementView;
import kr.valuemall.settlement.statements.Statements;
import kr.valuemall.web.DateTimeDisplay;

/**
 * The seller centre's dashboard: sales today and this month (paid minus refunded, by
 * Korean day), shipments waiting to be sent, the last statement, 90 days of daily sales,
 * and what the mall's commission saved against the private-mall rate. All from
 * settlement's own read models, fed by order events.
 */
@Component
public class SellerDashboard implements SellerCentrePanel {

	static final int CHART_DAYS = 90;

	private final JdbcClient jdbc;

	private final Statements statements;

	private final CommissionCalculator commission;

	private final Clock clock;

	SellerDashboard(JdbcClient jdbc, Statements statements, CommissionCalculator commission, Clock clock) {
		this.jdbc = jdbc;
		this.statements = statements;
		this.commission = commission;
		this.clock = clock;
	}

	@Override
	public String template() {
		return "settlement/sellerPanel :: dashboard";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Object model(StoreSummary store) {
		return of(store.sellerId());
	}

	public Dashboard of(long sellerId) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), DateTimeDisplay.SEOUL);
		LocalDate first = today.minusDays(CHART_DAYS - 1);
		Map<LocalDate, Long> byDay = dailySales(sellerId, first, today.plusDays(1));
		List<DailySalesChart.Day> days = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
			days.add(new DailySalesChart.Day(day, byDay.getOrDefault(day, 0L)));
		}
		LocalDate monthStart = today.withDayOfMonth(1);
		long month = dailySales(sellerId, monthStart, today.plusDays(1)).values()
			.stream()
			.mapToLong(Long::longValue)
			.sum();
		return new Dashboard(byDay.getOrDefault(today, 0L), month, shipmentsToSend(sellerId),
				this.statements.latestOf(sellerId).orElse(null), DailySalesChart.of(days), savedToDate(sellerId),
				new CommissionSplit(0, this.commission.privateMallReferenceBps(), 0, 0).ratePercent());
	}

	/**
	 * Paid item amounts by the day paid, less refunded ones by the day refunded (Korea
	 * time).
	 */
	private Map<LocalDate, Long> dailySales(long sellerId, LocalDate from, LocalDate until) {
		Instant start = from.atStartOfDay(DateTimeDisplay.SEOUL).toInstant();
		Instant end = until.atStartOfDay(DateTimeDisplay.SEOUL).toInstant();
		return this.jdbc.sql("""
				SELECT day, SUM(amount) AS amount FROM (
					SELECT (paid_at AT TIME ZONE 'Asia/Seoul')::date AS day, item_total AS amount
					FROM settlement_paid_shipment WHERE seller_id = :seller AND paid_at >= :start AND paid_at < :end
					UNION ALL
					SELECT (refunded_at AT TIME ZONE 'Asia/Seoul')::date, -item_total
					FROM settlement_paid_shipment
					WHERE seller_id = :seller AND refunded_at >= :start AND refunded_at < :end
				) sales GROUP BY day""")
			.param("seller", sellerId)
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(end))
			.query((rs, row) -> Map.entry(rs.getObject("day", LocalDate.class), rs.getLong("amount")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	public long shipmentsToSend(long sellerId) {
		return this.jdbc.sql("""
				SELECT count(*) FROM settlement_shipment_status
				WHERE seller_id = :seller AND status IN ('PAID', 'PREPARING')""")
			.param("seller", sellerId)
			.query(Long.class)
			.single();
	}

	/**
	 * Over every confirmed sale that was not refunded: the private-mall commission less
	 * the mall's, line by line with each side's own rounding.
	 */
	long savedToDate(long sellerId) {
		return this.jdbc.sql("""
				SELECT COALESCE(SUM(l.amount * :reference / 10000 - l.commission), 0) FROM settlement_line l
				WHERE l.seller_id = :seller AND l.kind = 'ITEM'
					AND NOT EXISTS (SELECT 1 FROM settlement_line_withdrawal w WHERE w.line_id = l.id)
					AND NOT EXISTS (SELECT 1 FROM settlement_adjustment a WHERE a.line_id = l.id)""")
			.param("reference", this.commission.privateMallReferenceBps())
			.param("seller", sellerId)
			.query(Long.class)
			.single();
	}

	public record Dashboard(long salesToday, long salesThisMonth, long shipmentsToSend, StatementView lastStatement,
			DailySalesChart chart, long savedToDate, String referenceRate) {

	}

}
