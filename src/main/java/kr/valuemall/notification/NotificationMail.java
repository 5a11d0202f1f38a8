package kr.valuemall.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import kr.valuemall.account.AccountSummary;
import kr.valuemall.web.MoneyFormat;
import kr.valuemall.web.OperatorProperties;

/**
 * Sends a notification as a plain-text Korean e-mail when the mall has an SMTP server
 * ({@code spring.mail.host}); without one, logs the mail it would have sent. A mail that
 * cannot go out is logged and given up: the notification on the site is already there.
 */
@Component
class NotificationMail {

	private static final Logger logger = LoggerFactory.getLogger(NotificationMail.class);

	/** Mails are Korean: the mall has no record of the language an account reads. */
	private static final Locale KOREAN = Locale.KOREAN;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final MoneyFormat money;

	private final NotificationProperties properties;

	private final OperatorProperties operator;

	NotificationMail(ObjectProvider<JavaMailSender> mailSender, MessageSource messages, MoneyFormat money,
			NotificationProperties properties, OperatorProperties operator) {
		this.mailSender = mailSender;
		this.messages = messages;
		this.money = money;
		this.properties = properties;
		this.operator = operator;
	}

	void send(AccountSummary recipient, NewNotification notification) {
		String subject = message("notification.mail.subject", message("mall.name"),
				message(notification.kind().messageKey()));
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			logger.info("No SMTP server configured (spring.mail.host); not e-mailed to {}: {}", recipient.email(),
					subject);
			return;
		}
		try {
			SimpleMailMessage mail = new SimpleMailMessage();
			mail.setFrom((this.properties.mailFrom() != null) ? this.properties.mailFrom() : this.operator.email());
			mail.setTo(recipient.email());
			mail.setSubject(subject);
			mail.setText(body(recipient, notification));
			sender.send(mail);
		}
		catch (RuntimeException ex) {
			// Mostly MailException (server down, address refused); whatever it is, the
			// notification on the site stands and the event is done.
			logger.warn("Could not e-mail {} to {}: {}", notification.kind(), recipient.email(), ex.toString());
		}
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
