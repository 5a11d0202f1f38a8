package kr.valuemall.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What pages and other modules may ask of an account's notifications. Every method is
 * scoped to the account it is given: nobody reads or marks another's. Notifications are a
 * read model with no behaviour of their own, so they are read and marked with
 * {@link JdbcClient}, as {@link Inbox} writes them.
 */
@Service
@Transactional(readOnly = true)
public class NotificationApi {

	/** Notifications per page of {@code /notifications}. */
	public static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;

	private final Clock clock;

	NotificationApi(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Unread notifications counted at most: the bell says 99+ from this number on
	 * ({@link NotificationBell}). A busy seller is told of every order, and a count of
	 * all the unread ones, on every page the seller opens, grew with them.
	 */
	public static final int UNREAD_COUNTED = 100;

	/**
	 * The number in the header's bell, up to {@link #UNREAD_COUNTED}: one indexed read of
	 * at most that many rows, on every page, so without a transaction around it (which
	 * would add a round trip to PostgreSQL for its commit).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long unreadCount(long accountId) {
		return this.jdbc.sql("""
				select count(*) from (select 1 from notification where account_id = ? and read_at is null
					limit %d) unread""".formatted(UNREAD_COUNTED)).param(accountId).query(Long.class).single();
	}

	/** One page of the account's notifications, newest first; page numbers start at 0. */
	public Page<NotificationView> newest(long accountId, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		List<NotificationView> views = this.jdbc.sql("""
				select id, kind, order_number, store_name, product_name, other_items, amount, detail, link,
				       created_at, read_at is null as unread
				  from notification
				 where account_id = :account
				 order by created_at desc, id desc
				 limit :limit offset :offset
				""")
			.param("account", accountId)
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query((rs, row) -> {
				NotificationKind kind = NotificationKind.valueOf(rs.getString("kind"));
				return new NotificationView(rs.getLong("id"), kind.messageKey(), rs.getString("order_number"),
						rs.getString("store_name"), rs.getString("product_name"), rs.getInt("other_items"),
						kind.amountKey(), rs.getObject("amount", Long.class), kind.detailKey(), rs.getString("detail"),
						rs.getString("link"), rs.getTimestamp("created_at").toInstant(), rs.getBoolean("unread"));
			})
			.list();
		long total = this.jdbc.sql("select count(*) from notification where account_id = ?")
			.param(accountId)
			.query(Long.class)
			.single();
		return new PageImpl<>(views, request, total);
	}

	/** Marks the given notifications read, ignoring any that are not the account's. */
	@Transactional
	public int markRead(long accountId, Collection<Long> notificationIds) {
		if (notificationIds.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("""
				update notification set read_at = :readAt
				 where account_id = :account and id in (:ids) and read_at is null
				""")
			.param("readAt", Timestamp.from(this.clock.instant()))
			.param("account", accountId)
			.param("ids", notificationIds)
			.update();
	}

	@Transactional
	public int markAllRead(long accountId) {
		return this.jdbc
			.sql("update notification set read_at = :readAt where account_id = :account and read_at is null")
			.param("readAt", Timestamp.from(this.clock.instant()))
			.param("account", accountId)
			.update();
	}

}
