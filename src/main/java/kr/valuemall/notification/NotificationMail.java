package kr.valuemall.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.valuemall.account.AccountSummary;
import kr.valuemall.mail.OutgoingMail;
import kr.valuemall.web.MoneyFormat;
import kr.valuemall.web.OperatorProperties;

/**
 * Writes a notification as a plain-text Korean e-mail and hands it to
 * {@link OutgoingMail}, which sends it when the mall has an SMTP server and otherwise
 * logs it. A mail that cannot go out is given up: the notification on the site is already
 * there.
 */
@Component
class NotificationMail {

	/** Mails are Korean: the mall has no record of the language an account reads. */
	private static final Locale KOREAN = Locale.KOREAN;

	private final OutgoingMail mail;

	private final MessageSource messages;

	private final MoneyFormat money;

	private final NotificationProperties properties;

	private final OperatorProperties operator;

	NotificationMail(OutgoingMail mail, MessageSource messages, MoneyFormat money, NotificationProperties properties,
			OperatorProperties operator) {
		this.mail = mail;
		this.messages = messages;
		this.money = money;
		this.properties = properties;
		this.operator = operator;
	}

	void send(AccountSummary recipient, NewNotification notification) {
		String subject = message("notification.mail.subject", message("mall.name"),
				message(notification.kind().messageKey()));
		this.mail.sendFrom(this.properties.mailFrom(), recipient.email(), subject, body(recipient, notification));
	}

	private String body(AccountSummary recipient, NewNotification notification) {
		List<String> lines = new ArrayList<>();
		lines.add(message("notification.mail.greeting", recipient.name()));
		lines.add("");
		lines.add(message(notification.kind().messageKey()));
		if (notification.orderNumber() != null) {
			lines.add(message("notification.orderNumber", notification.orderNumber()));
		}
		if (notification.kind().detailKey() != null && notification.detail() != null) {
			lines.add(message(notification.kind().detailKey(), notification.detail()));
		}
		if (notification.storeName() != null) {
			lines.add(message("notification.store", notification.storeName()));
		}
		if (notification.productName() != null) {
			lines.add((notification.otherItems() > 0)
					? message("notification.productsAndMore", notification.productName(), notification.otherItems())
					: notification.productName());
		}
		if (notification.kind().amountKey() != null && notification.amount() != null) {
			lines.add(message(notification.kind().amountKey(), this.money.format(notification.amount(), KOREAN)));
		}
		lines.add("");
		lines.add(message("notification.mail.link", this.properties.siteUrl() + notification.link()));
		lines.add("");
		lines.add(message("notification.mail.footer", message("mall.name"), this.operator.email()));
		return String.join("\n", lines) + "\n";
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, KOREAN);
	}

}
