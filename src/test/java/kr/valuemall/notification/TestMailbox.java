package kr.valuemall.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail server every integration test talks to: it keeps what was sent in memory, and
 * refuses mail to the addresses a test names, so one shared application context serves
 * both the tests that read mails and those that break the server.
 */
public class TestMailbox extends JavaMailSenderImpl {

	private final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();

	private final Set<String> refused = ConcurrentHashMap.newKeySet();

	/** Mail to this address fails as a server that refuses the connection would. */
	public void refuse(String address) {
		this.refused.add(address);
	}

	/** Every mail sent to the address, in the order sent, refused ones included. */
	public List<SimpleMailMessage> to(String address) {
		return this.sent.stream().filter((mail) -> Arrays.asList(mail.getTo()).contains(address)).toList();
	}

	@Override
	public void send(SimpleMailMessage... messages) {
		for (SimpleMailMessage message : messages) {
			this.sent.add(message);
			if (Arrays.stream(message.getTo()).anyMatch(this.refused::contains)) {
				throw new MailSendException("connection refused");
			}
		}
	}

}
