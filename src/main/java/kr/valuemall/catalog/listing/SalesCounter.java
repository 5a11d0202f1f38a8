package kr.valuemall.catalog.listing;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import kr.valuemall.order.OrderPaid;
import kr.valuemall.order.OrderedLine;
import kr.valuemall.order.ShipmentRefunded;

/**
 * Units sold per product, for the best-selling sort and the home page's best sellers:
 * paid orders add, refunds take back, and the listings show it within a few seconds.
 * <p>
 * Both only append to {@code product_sale_tally}; {@link #fold()}, on one instance at a
 * time, adds what was appended to the listings. {@code sales_count} is in the best-seller
 * indexes, so every update of it writes a new entry into each index of the listing (the
 * search's GIN indexes too): a listing bought a hundred times between two folds is
 * written once, and no checkout waits for it.
 * <p>
 * A paid order is appended in the transaction that marks it paid, so it counts exactly
 * when the payment commits: no publication, thread or transaction of its own. A refund is
 * heard after its transaction, and its key goes into {@code catalog_counted_event} with
 * the units, so a redelivered refund (after an instance was killed, say) takes back
 * nothing more.
 */
@Component
public class SalesCounter {

	private static final String APPEND = """
			INSERT INTO product_sale_tally (product_id, units)
			SELECT * FROM unnest(cast(:products AS bigint[]), cast(:units AS integer[]))
			""";

	/**
	 * Adds the appended units to their listings and deletes them, in one statement. A
	 * listing whose row a checkout holds at that moment (taking its stock) is skipped,
	 * with its units, until the next run: the job never waits for a checkout, nor a
	 * checkout for the job, and two listings are never locked in opposite orders.
	 */
	private static final String FOLD = """
			WITH pending AS (SELECT DISTINCT product_id FROM product_sale_tally),
			locked AS (
				SELECT p.id FROM product p JOIN pending ON pending.product_id = p.id
				ORDER BY p.id FOR NO KEY UPDATE OF p SKIP LOCKED),
			taken AS (
				DELETE FROM product_sale_tally t USING locked WHERE t.product_id = locked.id
				RETURNING t.product_id, t.units),
			summed AS (SELECT product_id, sum(units) AS units FROM taken GROUP BY product_id)
			UPDATE product p SET sales_count = GREATEST(p.sales_count + summed.units, 0)
			FROM summed WHERE p.id = summed.product_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	SalesCounter(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void on(OrderPaid paid) {
		append(paid.shipments().stream().flatMap((shipment) -> shipment.lines().stream()).toList(), 1);
	}

	@ApplicationModuleListener
	void on(ShipmentRefunded refunded) {
		if (firstDelivery(refunded.key().kind(), refunded.key().ref())) {
			append(refunded.lines(), -1);
		}
	}

	/**
	 * Adds the units appended so far to their listings; runs on a fixed delay on one
	 * instance at a time.
	 */
	@Scheduled(fixedDelayString = "${valuemall.catalog.sales-fold-interval:5s}")
	@SchedulerLock(name = "catalog.foldSales")
	public void fold() {
		this.jdbc.sql(FOLD).update();
	}

	private boolean firstDelivery(String kind, long ref) {
		return this.jdbc
			.sql("INSERT INTO catalog_counted_event (kind, ref, counted_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(kind, ref, Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	private void append(List<OrderedLine> lines, int sign) {
		Map<Long, Integer> units = new TreeMap<>();
		lines.forEach((line) -> units.merge(line.productId(), sign * line.quantity(), Integer::sum));
		if (units.isEmpty()) {
			return;
		}
		this.jdbc.sql(APPEND)
			.param("products", units.keySet().stream().mapToLong(Long::longValue).toArray())
			.param("units", units.values().stream().mapToInt(Integer::intValue).toArray())
			.update();
	}

}
