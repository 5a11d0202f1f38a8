package kr.valuemall;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Databases of their own for this test run, on the PostgreSQL that the standard libpq
 * variables name ({@code PGHOST}, {@code PGPORT}, {@code PGUSER}, {@code PGPASSWORD}; by
 * default {@code postgres} on 127.0.0.1:5432): one per purpose (the integration tests',
 * the demo mall's), made when the first application context asks for it and dropped when
 * the last context using it has closed, so no connection pool is still open when it goes.
 * Databases left behind by a test JVM that was killed are dropped by the next run.
 */
final class LocalTestDatabase {

	private static final Logger logger = LoggerFactory.getLogger(LocalTestDatabase.class);

	private static final String PREFIX = "valuemall_test_";

	private static final Pattern LEFT_BEHIND = Pattern.compile(PREFIX + "[a-z]+_(\\d+)");

	private static final Map<String, LocalTestDatabase> open = new HashMap<>();

	private static boolean swept;

	private final String purpose;

	private final String name;

	private int leases;

	private LocalTestDatabase(String purpose, String name) {
		this.purpose = purpose;
		this.name = name;
	}

	/**
	 * A lease on this run's database for the purpose; close it when the context that
	 * holds it closes.
	 */
	static synchronized Lease lease(String purpose) {
		if (!swept) {
			swept = true;
			dropLeftBehind();
		}
		LocalTestDatabase database = open.computeIfAbsent(purpose, LocalTestDatabase::create);
		database.leases++;
		return new Lease(database);
	}

	private static synchronized void release(LocalTestDatabase database) {
		if (--database.leases == 0) {
			open.remove(database.purpose);
			execute("DROP DATABASE IF EXISTS " + database.name + " WITH (FORCE)");
		}
	}

	private static LocalTestDatabase create(String purpose) {
		String name = PREFIX + purpose + "_" + ManagementFactory.getRuntimeMXBean().getPid();
		execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
		return new LocalTestDatabase(purpose, name);
	}

	/**
	 * Drops the databases of test JVMs on this machine that no longer run (killed, or
	 * stopped in a debugger). Another machine's runs are left alone: their processes are
	 * not ours to see.
	 */
	private static void dropLeftBehind() {
		String host = env("PGHOST", "127.0.0.1");
		if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.startsWith("/")) {
			return;
		}
		List<String> names = new ArrayList<>();
		try (Connection connection = connect();
				Statement statement = connection.createStatement();
				ResultSet found = statement
					.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
			while (found.next()) {
				names.add(found.getString(1));
			}
		}
		catch (SQLException ex) {
			throw unavailable("listing the test databases", ex);
		}
		for (String name : names) {
			Matcher matcher = LEFT_BEHIND.matcher(name);
			if (matcher.matches() && ProcessHandle.of(Long.parseLong(matcher.group(1))).isEmpty()) {
				execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
				logger.info("Dropped {}, left behind by a test run that did not finish", name);
			}
		}
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection(server() + "postgres", env("PGUSER", "postgres"), env("PGPASSWORD", ""));
	}

	private static String server() {
		return "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/";
	}

	private static void execute(String sql) {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw unavailable("'" + sql + "'", ex);
		}
	}

	private static IllegalStateException unavailable(String what, SQLException ex) {
		return new IllegalStateException("Tests need PostgreSQL: no Docker engine answers, and " + server() + " as "
				+ env("PGUSER", "postgres") + " refused " + what + ". Start PostgreSQL there, or set PGHOST, PGPORT, "
				+ "PGUSER and PGPASSWORD to one that lets this user create databases.", ex);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

	/**
	 * One application context's hold on the database; Spring closes it with the context,
	 * after the connection pool that depends on it.
	 */
	static final class Lease implements JdbcConnectionDetails, AutoCloseable {

		private final LocalTestDatabase database;

		private boolean closed;

		private Lease(LocalTestDatabase database) {
			this.database = database;
		}

		@Override
		public String getJdbcUrl() {
			return server() + this.database.name;
		}

		@Override
		public String getUsername() {
			return env("PGUSER", "postgres");
		}

		@Override
		public String getPassword() {
			return env("PGPASSWORD", "");
		}

		@Override
		public synchronized void close() {
			if (!this.closed) {
				this.closed = true;
				release(this.database);
			}
		}

	}

}
