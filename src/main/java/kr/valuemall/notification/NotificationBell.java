package kr.valuemall.notification;

import org.springframework.stereotype.Component;

/**
 * What the header's bell says for an unread count, for the layout's and the workspace's
 * header ({@code @bell} in templates): the number, or 99+ once the count reaches
 * {@link NotificationApi#UNREAD_COUNTED}, where counting stops.
 */
@Component("bell")
class NotificationBell {

	public String badge(long unread) {
		return (unread >= NotificationApi.UNREAD_COUNTED) ? (NotificationApi.UNREAD_COUNTED - 1) + "+"
				: Long.toString(unread);
	}

}
