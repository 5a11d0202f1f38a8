package kr.valuemall.report;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.valuemall.seller.StaffSellerPanel;
import kr.valuemall.web.DateTimeDisplay;

/**
 * One seller's last twelve months as the ministry's reports count them: sales (paid less
 * refunded, each on its own day), shipments paid, purchases confirmed and the commission
 * the ledger booked.
 */
@Component
class StaffSalesPanel implements StaffSellerPanel {

	static final int MONTHS = 12;

	private final JdbcClient jdbc;

	private final Clock clock;

	StaffSalesPanel(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String template() {
		return "report/staffSellerPanel :: sales";
	}

	@Override
	public Object model(long sellerId) {
		YearMonth now = YearMonth.from(LocalDate.ofInstant(this.clock.instant(), DateTimeDisplay.SEOUL));
		return this.jdbc.sql("""
				SELECT month, paid - refunded AS sales, refunded, shipments, confirmed, commission
				FROM report_seller_monthly WHERE seller_id = :seller AND month >= :first ORDER BY month DESC""")
			.param("seller", sellerId)
			.param("first", Date.valueOf(now.minusMonths(MONTHS - 1).atDay(1)))
			.query((rs, row) -> new Month(YearMonth.from(rs.getDate("month").toLocalDate()), rs.getLong("sales"),
					rs.getLong("refunded"), rs.getLong("shipments"), rs.getLong("confirmed"), rs.getLong("commission")))
			.list();
	}

	@Override
	public int order() {
		return 10;
	}

	record Month(YearMonth month, long sales, long refunded, long shipments, long confirmed, long commission) {
	}

}
