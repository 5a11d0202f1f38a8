package kr.valuemall.account.consent;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.valuemall.account.ConsentKind;
import kr.valuemall.account.ConsentRecord;

/**
 * The record of what each account agreed to, which version, and when; withdrawing keeps
 * the row and stamps the withdrawal, so the record shows what held at any moment.
 */
@Component
public class Consents {

	private final JdbcClient jdbc;

	Consents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(long accountId, ConsentKind kind, String version, Instant agreedAt) {
		this.jdbc.sql("""
				INSERT INTO account_consent (account_id, kind, version, agreed_at)
				VALUES (:account, :kind, :version, :agreedAt)
				""")
			.param("account", accountId)
			.param("kind", kind.name())
			.param("version", version)
			.param("agreedAt", Timestamp.from(agreedAt))
			.update();
	}

	public void withdraw(long accountId, ConsentKind kind, Instant withdrawnAt) {
		this.jdbc.sql("""
				UPDATE account_consent SET withdrawn_at = :at
				 WHERE account_id = :account AND kind = :kind AND withdrawn_at IS NULL
				""")
			.param("at", Timestamp.from(withdrawnAt))
			.param("account", accountId)
			.param("kind", kind.name())
			.update();
	}

	public List<ConsentRecord> of(long accountId) {
		return this.jdbc.sql("""
				SELECT kind, version, agreed_at, withdrawn_at FROM account_consent
				 WHERE account_id = :account ORDER BY agreed_at, id
				""")
			.param("account", accountId)
			.query((rs, row) -> new ConsentRecord(ConsentKind.valueOf(rs.getString(1)), rs.getString(2),
					rs.getTimestamp(3).toInstant(),
					(rs.getTimestamp(4) != null) ? rs.getTimestamp(4).toInstant() : null))
			.list();
	}

}
