package kr.valuemall.account.membership;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The single-use links mailed to an account. The mail carries a random token; the table
 * keeps only its SHA-256, so neither a database copy nor a log opens anything. Using a
 * token is one conditional UPDATE, so two clicks on the same link cannot both succeed.
 */
@Component
public class AccountTokens {

	/** The account a valid token belongs to, and for an e-mail change the new address. */
	record TokenHolder(long accountId, String newEmail) {
	}

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A new token for the account; earlier unused ones of the same purpose stop working,
	 * so only the latest mail's link opens.
	 */
	String issue(long accountId, TokenPurpose purpose, String newEmail) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				UPDATE account_token SET used_at = :now
				 WHERE account_id = :account AND purpose = :purpose AND used_at IS NULL
				""")
			.param("now", Timestamp.from(now))
			.param("account", accountId)
			.param("purpose", purpose.name())
			.update();
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("""
				INSERT INTO account_token (account_id, purpose, token_hash, new_email, created_at, expires_at)
				VALUES (:account, :purpose, :hash, :newEmail, :now, :expires)
				""")
			.param("account", accountId)
			.param("purpose", purpose.name())
			.param("hash", hash(token))
			.param("newEmail", newEmail)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(purpose.validity())))
			.update();
		return token;
	}

	/** Whom a token would open for, without using it (to show the form it leads to). */
	Optional<TokenHolder> peek(TokenPurpose purpose, String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				SELECT account_id, new_email FROM account_token
				 WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
				""")
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.param("now", Timestamp.from(this.clock.instant()))
			.query((rs, row) -> new TokenHolder(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	/**
	 * Uses the token: answers whom it was for, once; empty when unknown, used or expired.
	 */
	Optional<TokenHolder> use(TokenPurpose purpose, String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				UPDATE account_token SET used_at = :now
				 WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
				RETURNING account_id, new_email
				""")
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new TokenHolder(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	public static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
