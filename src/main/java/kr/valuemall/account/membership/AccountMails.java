package kr.valuemall.account.membership;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import kr.valuemall.mail.OutgoingMail;
import kr.valuemall.web.OperatorProperties;
import kr.valuemall.web.SiteLinks;
import kr.valuemall.account.Role;
import kr.valuemall.shared.AfterCommit;

/**
 * The mails that carry an account's single-use links, sent after the transaction that
 * stored the token commits. Korean, like every mail of the mall: it keeps no record of
 * the language an account reads.
 */
@Component
public class AccountMails {

	private static final Locale KOREAN = Locale.KOREAN;

	private final OutgoingMail mail;

	private final MessageSource messages;

	private final SiteLinks site;

	private final OperatorProperties operator;

	private final TaskExecutor executor;

	AccountMails(OutgoingMail mail, MessageSource messages, SiteLinks site, OperatorProperties operator,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.mail = mail;
		this.executor = executor;
		this.messages = messages;
		this.site = site;
		this.operator = operator;
	}

	void verification(String to, String name, String token) {
		send(to, "account.mail.verify", name, link("/account/verify", token), TokenPurpose.VERIFY_EMAIL);
	}

	/**
	 * A colleague is invited to the staff with a role: sign up (or sign in) and verify.
	 */
	public void staffInvitation(String to, String invitedBy, Role role) {
		String mallName = message("mall.name");
		String text = String.join("\n",
				message("staff.invite.mail.body", mallName, invitedBy, message("role." + role.name()),
						message("role." + role.name() + ".explain")),
				"", this.site.absolute("/signup"), "", message("staff.invite.mail.how"), "",
				message("account.mail.footer", mallName, this.operator.email())) + "\n";
		String subject = message("staff.invite.mail.subject", mallName);
		dispatch(() -> this.mail.send(to, subject, text));
	}

	/**
	 * Someone tried to sign up with an address that has an account: the sign-up page
	 * answered as if it worked (it must not tell who is a member), so the holder hears of
	 * it here, with the way back in if it was them.
	 */
	void signUpAttempt(String to, String name) {
		String mallName = message("mall.name");
		String text = String.join("\n", message("account.mail.greeting", name), "",
				message("account.mail.signupAgain.body", mallName), "", message("account.mail.signupAgain.ifYou"),
				this.site.absolute("/password/forgot"), "", message("account.mail.signupAgain.ifNotYou"), "",
				message("account.mail.footer", mallName, this.operator.email())) + "\n";
		String subject = message("account.mail.signupAgain.subject", mallName);
		dispatch(() -> this.mail.send(to, subject, text));
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
		dispatch(() -> this.mail.send(to, subject, text));
	}

	private void dispatch(Runnable sending) {
		// Only once the token is stored for good, and off the request's thread: the
		// password-reset form answers as fast for a member as for an unknown address.
		AfterCommit.run(() -> this.executor.execute(sending));
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
