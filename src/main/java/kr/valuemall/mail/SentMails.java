package kr.valuemall.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kept copies of sent mails, newest first.
 */
@Service
@Transactional(readOnly = true)
class SentMails {

	private static final String COLUMNS = "id, recipient, subject, body, delivered, sent_at";

	private final JdbcClient jdbc;

	private final MailProperties properties;

	SentMails(JdbcClient jdbc, MailProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	boolean keepingCopies() {
		return this.properties.keepCopies();
	}

	List<SentMail> latest(int howMany) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM sent_mail ORDER BY sent_at DESC, id DESC LIMIT :limit")
			.param("limit", howMany)
			.query(SentMails::mail)
			.list();
	}

	Optional<SentMail> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM sent_mail WHERE id = :id")
			.param("id", id)
			.query(SentMails::mail)
			.optional();
	}

	private static SentMail mail(ResultSet rs, int row) throws SQLException {
		return new SentMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
				rs.getBoolean("delivered"), rs.getTimestamp("sent_at").toInstant());
	}

}
