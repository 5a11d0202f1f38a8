package kr.valuemall.shared;

import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import kr.valuemall.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * On a PostgreSQL whose autovacuum is off, the mall vacuums and analyses the tables that
 * autovacuum would have: the ones whose deleted rows pass its threshold.
 */
@IntegrationTest
class TableUpkeepTests {

	@Autowired
	TableUpkeep upkeep;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aTableFullOfDeletedRowsIsDueAndComesOutVacuumedAndAnalysed() {
		deleteManyRowsOf("request_throttle");
		assertThat(this.upkeep.due()).contains("public.request_throttle");

		long vacuumed = count("vacuum_count");
		long analysed = count("analyze_count");
		this.upkeep.vacuum(this.upkeep.due());

		assertThat(count("vacuum_count")).isEqualTo(vacuumed + 1);
		assertThat(count("analyze_count")).isEqualTo(analysed + 1);
		assertThat(this.upkeep.due()).doesNotContain("public.request_throttle");
	}

	@Test
	void theScheduledRunVacuumsWhereAutovacuumIsOff() {
		assumeFalse(this.upkeep.autovacuumIsOn(), "this PostgreSQL runs autovacuum itself");
		deleteManyRowsOf("request_throttle");
		long vacuumed = count("vacuum_count");

		this.upkeep.vacuumWhereAutovacuumIsOff();

		assertThat(count("vacuum_count")).isEqualTo(vacuumed + 1);
	}

	@Test
	void aTableNobodyChangedIsNotDue() {
		this.upkeep.vacuum(List.of("public.public_holiday"));
		assertThat(this.upkeep.due()).doesNotContain("public.public_holiday");
	}

	/**
	 * 2,000 rows added and deleted on one connection, whose statistics are then handed to
	 * the server at once (they otherwise reach it within a second or so).
	 */
	private void deleteManyRowsOf(String table) {
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("INSERT INTO " + table + " (throttle_key, strikes, last_strike_at) "
						+ "SELECT 'upkeep-' || i, 1, now() FROM generate_series(1, 2000) i");
				statement.execute("DELETE FROM " + table + " WHERE throttle_key LIKE 'upkeep-%'");
				statement.execute("SELECT pg_stat_force_next_flush()");
				statement.execute("SELECT 1");
			}
			return null;
		});
	}

	private long count(String column) {
		return this.jdbc.queryForObject(
				"SELECT " + column + " FROM pg_stat_user_tables WHERE relname = 'request_throttle'", Long.class);
	}

}
