package kr.valuemall.shared.throttle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import kr.valuemall.shared.throttle.ThrottleProperties.Rule;

/**
 * Growing delays held in PostgreSQL ({@code request_throttle}), so that every app
 * instance sees the same counts: a strike is one upsert, atomic however many instances
 * count at once. Keys name what is counted (an address, an account, both together) and
 * are stored as digests. Time is the mall's {@link Clock}.
 */
@Service
public class Throttles {

	private final JdbcClient jdbc;

	private final ThrottleProperties properties;

	private final Clock clock;

	Throttles(JdbcClient jdbc, ThrottleProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Answers 429 with a Retry-After header; the servlet container then shows the mall's
	 * 429 page ({@code templates/error/429.html}) in the layout.
	 */
	public static void refuse(HttpServletResponse response, Duration wait) throws IOException {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
	}

	/** Whether this client address is ever throttled. */
	public boolean applies(String clientAddress) {
		return this.properties.enabled() && !this.properties.exemptAddresses().contains(clientAddress);
	}

	/** The key of one thing counted under a rule: {@code key("login", "address", ip)}. */
	public static String key(String rule, String kind, String value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((rule + "\u0000" + kind + "\u0000" + value).getBytes(StandardCharsets.UTF_8));
			return rule + ":" + kind + ":" + HexFormat.of().formatHex(digest, 0, 20);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	/** How long the longest-waiting of these keys must still wait (zero: go ahead). */
	@Transactional(readOnly = true)
	public Duration waitFor(List<String> keys) {
		if (keys.isEmpty()) {
			return Duration.ZERO;
		}
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				SELECT max(blocked_until) FROM request_throttle
				WHERE throttle_key IN (:keys) AND blocked_until > :now""")
			.param("keys", keys)
			.param("now", Timestamp.from(now))
			.query(Timestamp.class)
			.optional()
			.map((until) -> Duration.between(now, until.toInstant()))
			.orElse(Duration.ZERO);
	}

	/** Whether the key has been struck within its rule's memory. */
	@Transactional(readOnly = true)
	public boolean hasStrikes(String ruleName, String key) {
		Instant forgetBefore = this.clock.instant().minus(this.properties.rule(ruleName).forgetAfter());
		return this.jdbc.sql("""
				SELECT count(*) > 0 FROM request_throttle
				WHERE throttle_key = :key AND last_strike_at >= :forgetBefore""")
			.param("key", key)
			.param("forgetBefore", Timestamp.from(forgetBefore))
			.query(Boolean.class)
			.single();
	}

	/**
	 * Counts one more request (or failure) against each key, and makes the next wait once
	 * the rule's free ones are spent.
	 */
	@Transactional
	public void strike(String ruleName, List<String> keys) {
		Rule rule = this.properties.rule(ruleName);
		Instant now = this.clock.instant();
		for (String key : keys.stream().sorted().toList()) {
			// Sorted, so that two requests striking the same keys lock the rows in one
			// order.
			int strikes = this.jdbc.sql("""
					INSERT INTO request_throttle (throttle_key, strikes, last_strike_at)
					VALUES (:key, 1, :now)
					ON CONFLICT (throttle_key) DO UPDATE SET
					    strikes = CASE WHEN request_throttle.last_strike_at < :forgetBefore THEN 1
					                   ELSE request_throttle.strikes + 1 END,
					    last_strike_at = :now
					RETURNING strikes""")
				.param("key", key)
				.param("now", Timestamp.from(now))
				.param("forgetBefore", Timestamp.from(now.minus(rule.forgetAfter())))
				.query(Integer.class)
				.single();
			Duration delay = rule.delayAfter(strikes);
			if (!delay.isZero()) {
				this.jdbc.sql("UPDATE request_throttle SET blocked_until = :until WHERE throttle_key = :key")
					.param("until", Timestamp.from(now.plus(delay)))
					.param("key", key)
					.update();
			}
		}
	}

	/** Starts a key again (the account holder has shown who they are). */
	@Transactional
	public void forget(String key) {
		this.jdbc.sql("DELETE FROM request_throttle WHERE throttle_key = :key").param("key", key).update();
	}

	/** Rows nobody has struck for a day and that block nothing any more. */
	@Scheduled(fixedDelayString = "${valuemall.throttle.cleanup-every:1h}", initialDelayString = "10m")
	@SchedulerLock(name = "throttle.cleanup")
	@Transactional
	public void forgetIdleKeys() {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				DELETE FROM request_throttle
				WHERE last_strike_at < :dayAgo AND (blocked_until IS NULL OR blocked_until < :now)""")
			.param("dayAgo", Timestamp.from(now.minus(Duration.ofDays(1))))
			.param("now", Timestamp.from(now))
			.update();
	}

}
