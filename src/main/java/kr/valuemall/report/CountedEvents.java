package kr.valuemall.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ids of events without a natural key (cart adds, page-view batches) that have been
 * counted, written in the listener's transaction: a redelivered event finds its id taken
 * and adds nothing.
 */
@Component
class CountedEvents {

	private final JdbcClient jdbc;

	private final Clock clock;

	CountedEvents(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Whether this is the first delivery of the event; an event stored before events of
	 * its kind had ids ({@code null}) cannot tell and is counted.
	 */
	boolean first(String kind, UUID id) {
		if (id == null) {
			return true;
		}
		return this.jdbc.sql("""
				INSERT INTO report_counted_event (kind, id, counted_at) VALUES (:kind, :id, :now)
				ON CONFLICT DO NOTHING""")
			.param("kind", kind)
			.param("id", id)
			.param("now", Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

}
