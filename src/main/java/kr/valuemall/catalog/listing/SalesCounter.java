package kr.valuemall.catalog.listing;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import kr.valuemall.order.OrderPaid;
import kr.valuemall.order.OrderedLine;
import kr.valuemall.order.ShipmentRefunded;

/**
 * Units sold per product, for the best-selling sort and the home page's best sellers:
 * paid orders add, refunds take back.
 */
@Component
class SalesCounter {

	// JdbcTemplate, not JdbcClient: one batchUpdate for all the lines of an order.
	private final JdbcTemplate jdbc;

	SalesCounter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(OrderPaid paid) {
		add(paid.shipments().stream().flatMap((shipment) -> shipment.lines().stream()).toList(), 1);
	}

	@ApplicationModuleListener
	void on(ShipmentRefunded refunded) {
		add(refunded.lines(), -1);
	}

	private void add(List<OrderedLine> lines, int sign) {
		this.jdbc.batchUpdate("UPDATE product SET sales_count = GREATEST(sales_count + ?, 0) WHERE id = ?", lines, 100,
				(statement, line) -> {
					statement.setLong(1, (long) sign * line.quantity());
					statement.setLong(2, line.productId());
				});
	}

}
