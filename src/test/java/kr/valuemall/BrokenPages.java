package kr.valuemall;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Pages that fail on purpose, to show what a visitor sees when something breaks.
 */
@TestConfiguration(proxyBeanMethods = false)
@RestController
class BrokenPages {

	static final String SECRET = "connection to ledger-db-7 refused";

	@GetMapping("/test/broken")
	String broken() {
		throw new DeliberateFailure(SECRET);
	}

	/**
	 * A page whose database is out of reach: its data source fails as Hikari's does when
	 * no connection comes within the pool's wait.
	 */
	@GetMapping("/test/database-down")
	String databaseDown() throws SQLException {
		DataSource unreachable = mock(DataSource.class);
		given(unreachable.getConnection()).willThrow(new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 3000ms", "08001"));
		return JdbcClient.create(unreachable).sql("select 1").query(String.class).single();
	}

	@GetMapping("/test/number")
	String number(@RequestParam int n) {
		return String.valueOf(n);
	}

	/**
	 * A failure staged by a test: logged as the defect it stands for, in one line,
	 * without a stack trace that would read as a real one in the build's output.
	 */
	static final class DeliberateFailure extends RuntimeException {

		DeliberateFailure(String message) {
			super(message, null, false, false);
		}

	}

}
