package kr.valuemall.notification;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications. Each is recorded once: a redelivered order event finds its
 * notification already there and tells nobody again.
 */
@Service
class Inbox {

	private static final String INSERT = """
			insert into notification (account_id, kind, order_number, shipment_id, store_name, product_name,
			                          other_items, amount, detail, link, occurred_at, created_at, read_at)
			values (:account, :kind, :orderNumber, :shipment, :storeName, :productName, :otherItems, :amount,
			        :detail, :link, :occurredAt, :createdAt, :readAt)
			on conflict do nothing
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Inbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Events older than this when they arrive (a backlog replayed after an outage, the
	 * demo's history) are kept as already read and not e-mailed: news that old is not
	 * news.
	 */
	static final Duration STALE = Duration.ofDays(7);

	/**
	 * Answers whether the notification is new and fresh, i.e. whether to e-mail it too.
	 * One statement: in the caller's transaction when there is one, without one of its
	 * own otherwise (every paid order tells two people).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public boolean deliver(NewNotification notification) {
		Instant now = this.clock.instant();
		boolean stale = notification.occurredAt().isBefore(now.minus(STALE));
		return this.jdbc.sql(INSERT)
			.param("account", notification.accountId())
			.param("kind", notification.kind().name())
			.param("orderNumber", notification.orderNumber())
			.param("shipment", notification.shipmentId())
			.param("storeName", notification.storeName())
			.param("productName", notification.productName())
			.param("otherItems", notification.otherItems())
			.param("amount", notification.amount())
			.param("detail", notification.detail(), Types.VARCHAR)
			.param("link", notification.link())
			.param("occurredAt", Timestamp.from(notification.occurredAt()))
			.param("createdAt", Timestamp.from(now))
			.param("readAt", stale ? Timestamp.from(now) : null, Types.TIMESTAMP)
			.update() == 1 && !stale;
	}

}
