package kr.valuemall.promotion;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import kr.valuemall.order.OrderPaid;
import kr.valuemall.shared.AfterCommit;
import kr.valuemall.shared.ShortLived;

/**
 * Which stores have ever sold, learnt from the order module's OrderPaid events, so the
 * spotlight never reads order tables. Recording a store twice is harmless: a redelivered
 * event changes nothing.
 * <p>
 * The spotlight asks on every load, so the set is kept for a few seconds: the listener
 * clears it once its row is committed, so this instance knows at once; another instance
 * knows within {@link #KEPT} of a load asking. Past that, it is read again in the
 * background while every load still gets the set before, and a set read again unchanged
 * is the same object as before, so the spotlight's eligible stores worked out from it
 * stay valid.
 */
@Component
class SellerSales {

	static final Duration KEPT = Duration.ofSeconds(5);

	private final JdbcClient jdbc;

	/**
	 * How long the set may still be given while it is read again in the background (after
	 * a quiet spell the first loads get the set from before it).
	 */
	private static final Duration KEPT_WHILE_READ_AGAIN = Duration.ofMinutes(10);

	private final ShortLived<Boolean, Set<Long>> sold;

	/** The set last read, handed out again while the table says the same. */
	private volatile Set<Long> lastRead = Set.of();

	/**
	 * Stores whose sale this instance has recorded (committed), besides those of the set
	 * last read: their later orders change nothing here.
	 */
	private final Set<Long> recordedHere = ConcurrentHashMap.newKeySet();

	SellerSales(JdbcClient jdbc, @Qualifier("applicationTaskExecutor") ObjectProvider<TaskExecutor> rereads) {
		this.jdbc = jdbc;
		this.sold = new ShortLived<>(KEPT, 1, KEPT_WHILE_READ_AGAIN, rereads.getIfAvailable());
	}

	/**
	 * Records the order's stores as having sold, unless each is already known to have
	 * (then nothing is written). Not a listener condition: Spring evaluates a condition
	 * again when the listener is invoked, and this one's answer changes as sales are
	 * learnt, so an order turned down the second time would leave its publication
	 * incomplete for ever.
	 */
	@ApplicationModuleListener
	void on(OrderPaid paid) {
		if (!mayBeFirstSale(paid)) {
			return;
		}
		List<Long> sellers = paid.shipments().stream().map(OrderPaid.PaidShipment::sellerId).toList();
		for (OrderPaid.PaidShipment shipment : paid.shipments()) {
			this.jdbc.sql("""
					INSERT INTO promotion_seller_sale (seller_id, first_paid_at) VALUES (?, ?)
					ON CONFLICT (seller_id) DO UPDATE SET first_paid_at = least(promotion_seller_sale.first_paid_at,
						excluded.first_paid_at)
					""").params(shipment.sellerId(), Timestamp.from(paid.paidAt())).update();
		}
		AfterCommit.run(() -> {
			this.recordedHere.addAll(sellers);
			this.sold.clear();
		});
	}

	/**
	 * Whether one of the order's stores is not known to have sold: not in the set last
	 * read, nor recorded by this instance. Reads nothing (it is asked as the order is
	 * published); a store not known is heard, and recording it again is harmless. Public
	 * for the listener's condition (SpEL calls public methods only).
	 */
	public boolean mayBeFirstSale(OrderPaid paid) {
		Set<Long> known = this.lastRead;
		return paid.shipments()
			.stream()
			.map(OrderPaid.PaidShipment::sellerId)
			.anyMatch((seller) -> !known.contains(seller) && !this.recordedHere.contains(seller));
	}

	Set<Long> sellersThatSold() {
		return this.sold.get(Boolean.TRUE, (key) -> {
			Set<Long> read = Set
				.copyOf(this.jdbc.sql("SELECT seller_id FROM promotion_seller_sale").query(Long.class).list());
			Set<Long> before = this.lastRead;
			if (read.equals(before)) {
				return before;
			}
			this.lastRead = read;
			return read;
		});
	}

}
