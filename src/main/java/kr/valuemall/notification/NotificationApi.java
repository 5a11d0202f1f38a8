package kr.valuemall.notification;

import java.time.Clock;
import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What pages and other modules may ask of an account's notifications. Every method is
 * scoped to the account it is given: nobody reads or marks another's.
 */
@Service
@Transactional(readOnly = true)
public class NotificationApi {

	/** Notifications per page of {@code /notifications}. */
	public static final int PAGE_SIZE = 20;

	private final NotificationRepository notifications;

	private final Clock clock;

	NotificationApi(NotificationRepository notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	/** The number in the header's bell: one indexed count. */
	public long unreadCount(long accountId) {
		return this.notifications.countByAccountIdAndReadAtIsNull(accountId);
	}

	/** One page of the account's notifications, newest first; page numbers start at 0. */
	public Page<NotificationView> newest(long accountId, int page) {
		return this.notifications
			.findByAccountIdOrderByCreatedAtDescIdDesc(accountId, PageRequest.of(Math.max(page, 0), PAGE_SIZE))
			.map(Notification::view);
	}

	/** Marks the given notifications read, ignoring any that are not the account's. */
	@Transactional
	public int markRead(long accountId, Collection<Long> notificationIds) {
		if (notificationIds.isEmpty()) {
			return 0;
		}
		return this.notifications.markRead(accountId, notificationIds, this.clock.instant());
	}

	@Transactional
	public int markAllRead(long accountId) {
		return this.notifications.markAllRead(accountId, this.clock.instant());
	}

}
