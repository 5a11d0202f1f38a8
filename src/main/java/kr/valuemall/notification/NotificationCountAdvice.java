package kr.valuemall.notification;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import kr.valuemall.account.MallUser;

/**
 * Gives every page the signed-in account's unread count for the header's bell: one
 * indexed count, and none for visitors or for image and actuator requests, which render
 * no page.
 */
@ControllerAdvice(basePackages = "kr.valuemall")
class NotificationCountAdvice {

	static final String ATTRIBUTE = "notificationCount";

	private final NotificationApi notifications;

	NotificationCountAdvice(NotificationApi notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute(ATTRIBUTE)
	Long notificationCount(@AuthenticationPrincipal MallUser user, HttpServletRequest request) {
		if (user == null || rendersNoPage(request.getRequestURI().substring(request.getContextPath().length()))) {
			return null;
		}
		return this.notifications.unreadCount(user.getId());
	}

	private static boolean rendersNoPage(String path) {
		return path.startsWith("/images/") || path.startsWith("/actuator");
	}

}
