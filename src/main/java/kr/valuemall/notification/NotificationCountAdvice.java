package kr.valuemall.notification;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

import kr.valuemall.account.MallUser;

/**
 * Gives every page the signed-in account's unread count for the header's bell: one
 * indexed count, made only when a page is rendered (not for a form that redirects), and
 * none for visitors or for image and actuator requests.
 */
@ControllerAdvice(basePackages = "kr.valuemall")
class NotificationCountAdvice {

	static final String ATTRIBUTE = "notificationCount";

	private final NotificationApi notifications;

	NotificationCountAdvice(NotificationApi notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute(ATTRIBUTE)
	LazyContextVariable<Long> notificationCount(@AuthenticationPrincipal MallUser user, HttpServletRequest request) {
		if (user == null || rendersNoPage(request.getRequestURI().substring(request.getContextPath().length()))) {
			return null;
		}
		long accountId = user.getId();
		return new LazyContextVariable<>() {

			@Override
			protected Long loadValue() {
				return NotificationCountAdvice.this.notifications.unreadCount(accountId);
			}

		};
	}

	private static boolean rendersNoPage(String path) {
		return path.startsWith("/images/") || path.startsWith("/actuator");
	}

}
