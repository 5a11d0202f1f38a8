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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * instance sees the same counts: an attempt checks and counts its keys under row locks,
 * atomic however many instances count at once. Keys name what is counted (an address, an
 * account, both together) and are stored as digests. Time is the mall's {@link Clock}.
 * Why not bucket4j's PostgreSQL proxy manager: its token buckets refill at a steady rate
 * where these delays double with each further strike and are forgotten after a quiet
 * spell, it keeps time with its own meter rather than the mall's clock, and it brings its
 * own table; one small table and a few statements do what is needed here.
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

	/**
	 * One request counted against each key, if none of them must still wait: the check
	 * and the count are one step, under row locks, so a burst of requests sent at once
	 * cannot all slip through before the first is counted.
	 * @return how long the client must still wait; zero when the request was counted and
	 * may go ahead
	 */
	@Transactional
	public Duration attempt(List<Count> counts) {
		if (counts.isEmpty()) {
			return Duration.ZERO;
		}
		Instant now = this.clock.instant();
		List<String> keys = counts.stream().map(Count::key).distinct().sorted().toList();
		// Sorted, so that two requests with the same keys lock the rows in one order.
		for (String key : keys) {
			this.jdbc.sql("""
					INSERT INTO request_throttle (throttle_key, strikes, last_strike_at) VALUES (:key, 0, :now)
					ON CONFLICT (throttle_key) DO NOTHING""")
				.param("key", key)
				.param("now", Timestamp.from(now))
				.update();
		}
		Map<String, Row> rows = new HashMap<>();
		this.jdbc.sql("""
				SELECT throttle_key, strikes, last_strike_at, blocked_until FROM request_throttle
				WHERE throttle_key IN (:keys) ORDER BY throttle_key FOR UPDATE""")
			.param("keys", keys)
			.query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
					(rs.getTimestamp(4) != null) ? rs.getTimestamp(4).toInstant() : null))
			.list()
			.forEach((row) -> rows.put(row.key(), row));
		Duration wait = Duration.ZERO;
		for (Count count : counts) {
			boolean binding = count.onlyIfStruck() == null
					|| liveStrikes(rows.get(count.onlyIfStruck()), ruleOf(counts, count.onlyIfStruck()), now) > 0;
			Instant blockedUntil = rows.get(count.key()).blockedUntil();
			if (binding && blockedUntil != null && blockedUntil.isAfter(now)) {
				Duration left = Duration.between(now, blockedUntil);
				wait = (left.compareTo(wait) > 0) ? left : wait;
			}
		}
		if (!wait.isZero()) {
			return wait;
		}
		for (Count count : counts) {
			Rule rule = this.properties.rule(count.rule());
			int strikes = liveStrikes(rows.get(count.key()), rule, now) + 1;
			Duration delay = rule.delayAfter(strikes);
			this.jdbc.sql("""
					UPDATE request_throttle SET strikes = :strikes, last_strike_at = :now,
					    blocked_until = CASE WHEN CAST(:until AS timestamptz) IS NULL THEN blocked_until
					                         ELSE greatest(blocked_until, CAST(:until AS timestamptz)) END
					WHERE throttle_key = :key""")
				.param("strikes", strikes)
				.param("now", Timestamp.from(now))
				.param("until", delay.isZero() ? null : Timestamp.from(now.plus(delay)), java.sql.Types.TIMESTAMP)
				.param("key", count.key())
				.update();
		}
		return Duration.ZERO;
	}

	/**
	 * Takes back the count of a request that turned out well (a login with the right
	 * password), so that the holder's own sign-ins do not add up against their address.
	 */
	@Transactional
	public void refund(String ruleName, String key) {
		this.jdbc.sql("""
				UPDATE request_throttle SET strikes = greatest(strikes - 1, 0),
				    blocked_until = CASE WHEN strikes - 1 < :free THEN NULL ELSE blocked_until END
				WHERE throttle_key = :key""")
			.param("free", this.properties.rule(ruleName).free())
			.param("key", key)
			.update();
	}

	private String ruleOf(List<Count> counts, String key) {
		return counts.stream()
			.filter((count) -> count.key().equals(key))
			.map(Count::rule)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("onlyIfStruck names a key not counted: " + key));
	}

	private int liveStrikes(Row row, String ruleName, Instant now) {
		return liveStrikes(row, this.properties.rule(ruleName), now);
	}

	private static int liveStrikes(Row row, Rule rule, Instant now) {
		return (row.lastStrikeAt().isBefore(now.minus(rule.forgetAfter()))) ? 0 : row.strikes();
	}

	private record Row(String key, int strikes, Instant lastStrikeAt, Instant blockedUntil) {
	}

	/**
	 * One request counted under a rule against a key. With {@code onlyIfStruck}, the
	 * key's wait holds the request back only while that other key (counted in the same
	 * attempt) has strikes: an account's ceiling stops addresses that already failed for
	 * it, not its holder signing in from elsewhere.
	 */
	public record Count(String rule, String key, String onlyIfStruck) {

		public static Count of(String rule, String key) {
			return new Count(rule, key, null);
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
