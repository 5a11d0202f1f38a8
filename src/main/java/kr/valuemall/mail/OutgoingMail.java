package kr.valuemall.mail;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

import kr.valuemall.web.OperatorProperties;

/**
 * Sends a plain-text mail through the SMTP server when the mall has one
 * ({@code spring.mail.host}); without one, logs it. A mail that cannot go out is logged
 * and given up: what the mail tells is also on the site. Where
 * {@code valuemall.mail.keep-copies} is on, a copy is kept for staff whether or not it
 * went out.
 */
@Service
public class OutgoingMail {

	private static final Logger logger = LoggerFactory.getLogger(OutgoingMail.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailProperties properties;

	private final OperatorProperties operator;

	private final JdbcClient jdbc;

	private final Clock clock;

	OutgoingMail(ObjectProvider<JavaMailSender> mailSender, MailProperties properties, OperatorProperties operator,
			JdbcClient jdbc, Clock clock) {
		this.mailSender = mailSender;
		this.properties = properties;
		this.operator = operator;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Sends from the mall's address; answers whether the mail server took it. */
	public boolean send(String to, String subject, String text) {
		return sendFrom(null, to, subject, text);
	}

	/** Sends from the given address, or the mall's when it is null. */
	public boolean sendFrom(String from, String to, String subject, String text) {
		boolean delivered = deliver(from, to, subject, text);
		if (this.properties.keepCopies()) {
			keepCopy(to, subject, text, delivered);
		}
		return delivered;
	}

	private boolean deliver(String from, String to, String subject, String text) {
		if (to == null || to.endsWith(".invalid")) {
			// A closed account's placeholder (RFC 2606 reserves .invalid): nobody to
			// reach.
			logger.info("Not e-mailed to the reserved address {}: {}", to, subject);
			return false;
		}
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			logger.info("No SMTP server configured (spring.mail.host); not e-mailed to {}: {}", to, subject);
			return false;
		}
		try {
			SimpleMailMessage mail = new SimpleMailMessage();
			mail.setFrom((from != null) ? from : sender());
			mail.setTo(to);
			mail.setSubject(subject);
			mail.setText(text);
			sender.send(mail);
			return true;
		}
		catch (RuntimeException ex) {
			// Mostly MailException (server down, address refused): the caller's work
			// stands.
			logger.warn("Could not e-mail {} to {}: {}", subject, to, ex.toString());
			return false;
		}
	}

	private String sender() {
		return (this.properties.from() != null && !this.properties.from().isBlank()) ? this.properties.from()
				: this.operator.email();
	}

	private void keepCopy(String to, String subject, String text, boolean delivered) {
		try {
			this.jdbc.sql("""
					INSERT INTO sent_mail (recipient, subject, body, delivered, sent_at)
					VALUES (:to, :subject, :body, :delivered, :sentAt)
					""")
				.param("to", to)
				.param("subject", (subject.length() > 500) ? subject.substring(0, 500) : subject)
				.param("body", text)
				.param("delivered", delivered)
				.param("sentAt", java.sql.Timestamp.from(this.clock.instant()))
				.update();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not keep a copy of the mail to {}: {}", to, ex.toString());
		}
	}

}
