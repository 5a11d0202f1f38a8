package kr.valuemall.promotion;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
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
	 * Records the order's stores not yet known to have sold, in the transaction that
	 * marks the order paid: a first sale is never lost, and an order of stores known to
	 * have sold (nearly every order) costs no publication, thread or transaction. Not a
	 * {@code condition} on an asynchronous listener: Spring asks a condition again when
	 * it invokes the listener, and this answer changes as sales are learnt, so an order
	 * turned down the second time would leave its publication incomplete for ever. The
	 * stores are written in one statement in seller order, so two first orders of the
	 * same stores wait for each other rather than deadlock.
	 */
	@EventListener
	void on(OrderPaid paid) {
		long[] sellers = paid.shipments()
			.stream()
			.mapToLong(OrderPaid.PaidShipment::sellerId)
			.filter(this::notKnown)
			.distinct()
			.toArray();
		if (sellers.length == 0) {
			return;
		}
		this.jdbc.sql("""
				INSERT INTO promotion_seller_sale (seller_id, first_paid_at)
				SELECT seller_id, :paidAt FROM unnest(cast(:sellers as bigint[])) AS s(seller_id) ORDER BY seller_id
				ON CONFLICT (seller_id) DO UPDATE SET first_paid_at = least(promotion_seller_sale.first_paid_at,
					excluded.first_paid_at)
				""").param("paidAt", Timestamp.from(paid.paidAt())).param("sellers", sellers).update();
		AfterCommit.run(() -> {
			Arrays.stream(sellers).forEach(this.recordedHere::add);
			this.sold.clear();
		});
	}

	/**
	 * Whether the store is not known to have sold: not in the set last read, nor recorded
	 * by this instance. Reads nothing; a store not known is recorded, and recording it
	 * again is harmless.
	 */
	boolean notKnown(long sellerId) {
		return !this.lastRead.contains(sellerId) && !this.recordedHere.contains(sellerId);
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
