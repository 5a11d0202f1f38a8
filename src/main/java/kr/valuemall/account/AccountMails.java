package kr.valuemall.account;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import kr.valuemall.mail.OutgoingMail;
import kr.valuemall.web.OperatorProperties;
import kr.valuemall.web.SiteLinks;

/**
 * The mails that carry an account's single-use links. Korean, like every mail of the
 * mall: it keeps no record of the language an account reads.
 */
@Component
class AccountMails {

	private static final Locale KOREAN = Locale.KOREAN;

	private final OutgoingMail mail;

	private final MessageSource messages;

	private final SiteLinks site;

	private final OperatorProperties operator;

	AccountMails(OutgoingMail mail, MessageSource messages, SiteLinks site, OperatorProperties operator) {
		this.mail = mail;
		this.messages = messages;
		this.site = site;
		this.operator = operator;
	}

	void verification(String to, String name, String token) {
		send(to, "account.mail.verify", name, link("/account/verify", token), TokenPurpose.VERIFY_EMAIL);
	}

	void passwordReset(String to, String name, String token) {
		send(to, "account.mail.reset", name, link("/password/reset", token), TokenPurpose.RESET_PASSWORD);
	}

	void emailChange(String to, String name, String token) {
		send(to, "account.mail.emailChange", name, link("/account/email/confirm", token), TokenPurpose.CHANGE_EMAIL);
	}

	private void send(String to, String prefix, String name, String link, TokenPurpose purpose) {
		String mallName = message("mall.name");
		String subject = message(prefix + ".subject", mallName);
		String validity = (purpose.validity().toHours() >= 1)
				? message("account.mail.hours", purpose.validity().toHours())
				: message("account.mail.minutes", purpose.validity().toMinutes());
		String text = String.join("\n", message("account.mail.greeting", name), "", message(prefix + ".body", mallName),
				"", link, "", message("account.mail.validity", validity), message(prefix + ".ignore"), "",
				message("account.mail.footer", mallName, this.operator.email())) + "\n";
		this.mail.send(to, subject, text);
	}

	private String link(String path, String token) {
		return UriComponentsBuilder.fromUriString(this.site.absolute(path))
			.queryParam("token", token)
			.build()
			.toUriString();
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, KOREAN);
	}

}
