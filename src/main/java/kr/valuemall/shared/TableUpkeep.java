package kr.valuemall.shared;

import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Vacuums and analyses the mall's tables that are due, as PostgreSQL's autovacuum would,
 * on a server where autovacuum is turned off (the CI machines run PostgreSQL so). On such
 * a server nothing else ever does: the tables the mall changes all day (the event
 * publication registry, the sessions, the carts, the view tallies) keep every deleted and
 * updated row, and their statistics keep saying "empty", so PostgreSQL keeps the plans it
 * made for an empty table (a sequential scan) while the table grows. A checkout then
 * scanned a few thousand dead event publications three times for each of its eight
 * events.
 * <p>
 * A table is due when its dead rows or its changes since the last analysis pass the
 * server's own autovacuum thresholds. Where autovacuum is on, the job does nothing.
 * VACUUM takes no lock that stops reading or writing, and skips a table that someone is
 * altering.
 */
@Component
class TableUpkeep {

	private static final Logger logger = LoggerFactory.getLogger(TableUpkeep.class);

	/**
	 * The tables of the mall's schema past autovacuum's thresholds, most dead rows first.
	 */
	private static final String DUE = """
			SELECT format('%I.%I', s.schemaname, s.relname)
			FROM pg_stat_user_tables s
			JOIN pg_class c ON c.oid = s.relid
			WHERE s.schemaname = current_schema()
			  AND (s.n_dead_tup > current_setting('autovacuum_vacuum_threshold')::int
			          + current_setting('autovacuum_vacuum_scale_factor')::float8 * greatest(c.reltuples, 0)
			    OR s.n_mod_since_analyze > current_setting('autovacuum_analyze_threshold')::int
			          + current_setting('autovacuum_analyze_scale_factor')::float8 * greatest(c.reltuples, 0))
			ORDER BY s.n_dead_tup DESC, s.relname
			""";

	private final JdbcTemplate jdbc;

	/** Whether the log has said once that the mall does autovacuum's work here. */
	private volatile boolean said;

	TableUpkeep(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Scheduled(fixedDelayString = "${valuemall.database.upkeep-every:1m}",
			initialDelayString = "${valuemall.database.upkeep-every:1m}")
	@SchedulerLock(name = "database.tableUpkeep")
	public void vacuumWhereAutovacuumIsOff() {
		if (autovacuumIsOn()) {
			return;
		}
		if (!this.said) {
			this.said = true;
			logger.info("PostgreSQL's autovacuum is off: the mall vacuums and analyses the tables past its thresholds");
		}
		vacuum(due());
	}

	boolean autovacuumIsOn() {
		return !"off".equals(this.jdbc.queryForObject("SHOW autovacuum", String.class));
	}

	List<String> due() {
		return this.jdbc.queryForList(DUE, String.class);
	}

	/**
	 * One table at a time, outside any transaction (VACUUM cannot run in one). A table
	 * that cannot be vacuumed now is left for the next run.
	 */
	void vacuum(List<String> tables) {
		for (String table : tables) {
			try {
				this.jdbc.execute("VACUUM (ANALYZE, SKIP_LOCKED) " + table);
			}
			catch (DataAccessException ex) {
				logger.warn("Could not vacuum {}: {}", table, ex.getMessage());
			}
		}
		if (!tables.isEmpty()) {
			logger.debug("Vacuumed and analysed {}", tables);
		}
	}

}
