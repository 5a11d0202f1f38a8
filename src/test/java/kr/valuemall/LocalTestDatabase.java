package kr.valuemall;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * A database of its own for this test run, on the PostgreSQL that the standard libpq
 * variables name ({@code PGHOST}, {@code PGPORT}, {@code PGUSER}, {@code PGPASSWORD}; by
 * default {@code postgres} on 127.0.0.1:5432). Made once per JVM and dropped when the JVM
 * ends.
 */
final class LocalTestDatabase implements JdbcConnectionDetails {

	private static LocalTestDatabase instance;

	private final String url;

	private final String username;

	private final String password;

	private LocalTestDatabase(String url, String username, String password) {
		this.url = url;
		this.username = username;
		this.password = password;
	}

	static synchronized LocalTestDatabase forThisRun() {
		if (instance == null) {
			instance = create();
		}
		return instance;
	}

	private static LocalTestDatabase create() {
		String host = env("PGHOST", "127.0.0.1");
		String port = env("PGPORT", "5432");
		String user = env("PGUSER", "postgres");
		String password = env("PGPASSWORD", "");
		String server = "jdbc:postgresql://" + host + ":" + port + "/";
		String name = "valuemall_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
				+ "_" + ManagementFactory.getRuntimeMXBean().getPid();
		execute(server, user, password, "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
		Runtime.getRuntime()
			.addShutdownHook(new Thread(
					() -> execute(server, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
		return new LocalTestDatabase(server + name, user, password);
	}

	private static void execute(String server, String user, String password, String sql) {
		try (Connection connection = DriverManager.getConnection(server + "postgres", user, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Tests need PostgreSQL: no Docker engine answers, and " + server + " as "
					+ user + " refused '" + sql + "'. Start PostgreSQL there, or set PGHOST, PGPORT, "
					+ "PGUSER and PGPASSWORD to one that lets this user create databases.", ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

	@Override
	public String getJdbcUrl() {
		return this.url;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public String getPassword() {
		return this.password;
	}

}
