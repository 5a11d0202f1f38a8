package kr.valuemall.mail;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A kept copy of a mail the mall sent, as staff read it.
 */
public record SentMail(long id, String recipient, String subject, String body, boolean delivered, Instant sentAt) {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	/**
	 * The links in the mail, so staff can follow them from the page as a recipient would.
	 */
	public List<String> links() {
		return LINK.matcher(this.body).results().map((match) -> match.group()).toList();
	}

}
