package kr.valuemall;

import java.net.ConnectException;
import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns "the database cannot be reached" at start-up into one sentence that says what to
 * do, instead of a wall of stack traces.
 */
class DatabaseUnavailableFailureAnalyzer implements FailureAnalyzer {

	static final String CREATE_LOCAL_DATABASE = "sudo -u postgres psql -c \"CREATE USER valuemall PASSWORD 'valuemall'\" -c \"CREATE DATABASE valuemall OWNER valuemall\"";

	private final Environment environment;

	DatabaseUnavailableFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		String reason = databaseProblem(failure);
		if (reason == null) {
			return null;
		}
		String url = this.environment.getProperty("spring.datasource.url", "(spring.datasource.url is not set)");
		return new FailureAnalysis("Value Mall cannot use PostgreSQL at " + url + ": " + reason + ".",
				"Start Docker so the mall runs docker-compose.yml's PostgreSQL, or start a local PostgreSQL on "
						+ "127.0.0.1:5432 and create the database once with: " + CREATE_LOCAL_DATABASE
						+ " (or point SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD at your own).",
				failure);
	}

	private static String databaseProblem(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException) {
				return "nothing answers there";
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				if (state.startsWith("08")) {
					return "nothing answers there";
				}
				if (state.equals("3D000")) {
					return "the database does not exist";
				}
				if (state.startsWith("28")) {
					return "the user or password was refused";
				}
			}
		}
		return null;
	}

}
