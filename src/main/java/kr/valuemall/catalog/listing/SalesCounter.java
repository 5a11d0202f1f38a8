package kr.valuemall.catalog.listing;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import kr.valuemall.order.OrderPaid;
import kr.valuemall.order.OrderedLine;
import kr.valuemall.order.ShipmentRefunded;

/**
 * Units sold per product, for the best-selling sort and the home page's best sellers:
 * paid orders add, refunds take back. Each order and each refund is counted once: its key
 * goes into catalog_counted_event in the same transaction as the count, so a redelivered
 * event (after an instance was killed, say) finds it taken and adds nothing.
 */
@Component
class SalesCounter {

	// JdbcTemplate, not JdbcClient: one batchUpdate for all the lines of an order.
	private final JdbcTemplate jdbc;

	private final Clock clock;

	SalesCounter(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(OrderPaid paid) {
		if (firstDelivery("PAID", paid.orderId())) {
			add(paid.shipments().stream().flatMap((shipment) -> shipment.lines().stream()).toList(), 1);
		}
	}

	@ApplicationModuleListener
	void on(ShipmentRefunded refunded) {
		if (firstDelivery(refunded.key().kind(), refunded.key().ref())) {
			add(refunded.lines(), -1);
		}
	}

	private boolean firstDelivery(String kind, long ref) {
		return this.jdbc.update(
				"INSERT INTO catalog_counted_event (kind, ref, counted_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
				kind, ref, Timestamp.from(this.clock.instant())) == 1;
	}

	private void add(List<OrderedLine> lines, int sign) {
		this.jdbc.batchUpdate("UPDATE product SET sales_count = GREATEST(sales_count + ?, 0) WHERE id = ?", lines, 100,
				(statement, line) -> {
					statement.setLong(1, (long) sign * line.quantity());
					statement.setLong(2, line.productId());
				});
	}

}
