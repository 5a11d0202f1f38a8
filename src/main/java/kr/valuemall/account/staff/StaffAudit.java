package kr.valuemall.account.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff audit log: who did what to what, when and why. Rows are only ever added.
 */
@Service
public class StaffAudit {

	public static final int PAGE = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	StaffAudit(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an action in its own transaction, whatever the caller's. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String actor, String action, String path, String target, String reason, String details) {
		this.jdbc.sql("""
				INSERT INTO staff_audit (at, actor, action, path, target, reason, details)
				VALUES (:at, :actor, :action, :path, :target, :reason, :details)""")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("actor", cut(actor, 254))
			.param("action", cut(action, 200))
			.param("path", cut(path, 500))
			.param("target", cut(target, 200))
			.param("reason", cut(reason, 1000))
			.param("details", cut(details, 2000))
			.update();
	}

	/** The latest entries, newest first, optionally of one member of staff. */
	@Transactional(readOnly = true)
	public List<Entry> latest(String actor, int page) {
		return this.jdbc.sql("""
				SELECT at, actor, action, path, target, reason, details FROM staff_audit
				WHERE (CAST(:actor AS VARCHAR) IS NULL OR actor = :actor)
				ORDER BY at DESC, id DESC OFFSET :offset LIMIT :limit""")
			.param("actor", actor)
			.param("offset", (long) Math.max(0, page) * PAGE)
			.param("limit", PAGE + 1)
			.query((rs, row) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("path"), rs.getString("target"), rs.getString("reason"),
					rs.getString("details")))
			.list();
	}

	private static String cut(String value, int length) {
		return (value != null && value.length() > length) ? value.substring(0, length) : value;
	}

	public record Entry(Instant at, String actor, String action, String path, String target, String reason,
			String details) {

	}

}
