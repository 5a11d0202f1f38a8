package kr.valuemall.report;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.order.OrderHistory;
import kr.valuemall.order.OrderPaid;
import kr.valuemall.order.ShipmentConfirmed;
import kr.valuemall.order.ShipmentRefunded;
import kr.valuemall.settlement.CommissionHistory;

/**
 * Rebuilds the sales roll-ups from the orders themselves, if they were ever lost or a
 * rule of theirs changed: empties them and adds again every payment, refund and
 * confirmation the order module tells ({@link OrderHistory}) and every commission booking
 * settlement tells ({@link CommissionHistory}), in one transaction. The processed-event
 * keys are rebuilt with them, so an event delivered during or after the rebuild is not
 * counted twice. Views, cart adds and origin outcomes are kept: no module keeps their
 * history.
 */
@Service
class RollupRebuild {

	private final JdbcClient jdbc;

	private final OrderHistory history;

	private final CommissionHistory commissions;

	private final SalesRollup sales;

	RollupRebuild(JdbcClient jdbc, OrderHistory history, CommissionHistory commissions, SalesRollup sales) {
		this.jdbc = jdbc;
		this.history = history;
		this.commissions = commissions;
		this.sales = sales;
	}

	/**
	 * @return how many orders were added again
	 */
	@Transactional
	int rebuild() {
		// TRUNCATE locks the tables until commit: listeners wait, then find their event
		// done.
		this.jdbc.sql("""
				TRUNCATE report_processed_event, report_sales_daily, report_sales_monthly, report_seller_daily,
					report_seller_monthly, report_orders_daily, report_product_lines_daily
				""").update();
		this.commissions.replay(this.sales::add);
		return this.history.replay((event) -> {
			if (event instanceof OrderPaid paid) {
				this.sales.add(paid);
			}
			else if (event instanceof ShipmentRefunded refunded) {
				this.sales.add(refunded);
			}
			else if (event instanceof ShipmentConfirmed confirmed) {
				this.sales.add(confirmed);
			}
		});
	}

}
