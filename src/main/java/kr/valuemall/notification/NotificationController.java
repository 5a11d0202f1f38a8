package kr.valuemall.notification;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.account.MallUser;

/**
 * The signed-in account's notifications, newest first. What a page shows counts as read
 * from then on; it keeps its unread look while it is on the screen.
 */
@Controller
class NotificationController {

	static final String VIEW_NOTIFICATIONS = "notification/list";

	private final NotificationApi notifications;

	NotificationController(NotificationApi notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String notifications(@AuthenticationPrincipal MallUser user,
			@RequestParam(name = "page", required = false) String pageParam, Model model) {
		Page<NotificationView> page = this.notifications.newest(user.getId(), pageNumber(pageParam));
		List<Long> unread = page.stream().filter(NotificationView::unread).map(NotificationView::id).toList();
		this.notifications.markRead(user.getId(), unread);
		model.addAttribute("notifications", page);
		model.addAttribute("anyUnread", !unread.isEmpty());
		// The header's bell was counted before this page marked its notifications read.
		model.addAttribute(NotificationCountAdvice.ATTRIBUTE, this.notifications.unreadCount(user.getId()));
		return VIEW_NOTIFICATIONS;
	}

	@PostMapping("/notifications/read")
	String markAllRead(@AuthenticationPrincipal MallUser user, RedirectAttributes redirect) {
		this.notifications.markAllRead(user.getId());
		redirect.addFlashAttribute("notice", "notification.allRead");
		return "redirect:/notifications";
	}

	/** A page number that makes no sense shows the first page, never an error. */
	private static int pageNumber(String value) {
		if (value == null || !value.matches("\\d{1,6}")) {
			return 0;
		}
		return Integer.parseInt(value);
	}

}
