package kr.valuemall.shared.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Listeners that write a row for a probe event, in a transaction of their own or in none,
 * and that can be told to fail once. The transacted one notes what its publication looked
 * like while it ran, and, from another connection, right after its transaction committed.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EventProbes {

	static final String TABLE = "event_probe_write";

	@Bean
	Listeners eventProbeListeners(JdbcClient jdbc, DataSource dataSource) {
		return new Listeners(jdbc, dataSource);
	}

	/** Handled in a transaction of the listener's own. */
	record Probe(String id, boolean failOnce) {
	}

	/** Handled without a transaction of the listener's own. */
	record UntransactedProbe(String id) {
	}

	/**
	 * What a transacted listener saw of its publication.
	 *
	 * @param statusWhileRunning the publication's status as the listener's transaction
	 * read it
	 * @param leftAtCommit how many publications of the event another connection found
	 * right after the listener's transaction committed
	 */
	record Seen(String statusWhileRunning, long leftAtCommit) {
	}

	static class Listeners {

		private static final String OF_PROBE = "SELECT status FROM event_publication WHERE serialized_event LIKE ?";

		private final JdbcClient jdbc;

		private final DataSource dataSource;

		private final Set<String> failed = ConcurrentHashMap.newKeySet();

		private final Map<String, Seen> seen = new ConcurrentHashMap<>();

		Listeners(JdbcClient jdbc, DataSource dataSource) {
			this.jdbc = jdbc;
			this.dataSource = dataSource;
		}

		@ApplicationModuleListener
		void on(Probe probe) {
			String status = this.jdbc.sql(OF_PROBE).param("%" + probe.id() + "%").query(String.class).single();
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					Listeners.this.seen.put(probe.id(), new Seen(status, publicationsOf(probe.id())));
				}

			});
			write(probe.id());
			if (probe.failOnce() && this.failed.add(probe.id())) {
				throw new IllegalStateException("the probe fails once");
			}
		}

		@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
		void on(UntransactedProbe probe) {
			write(probe.id());
		}

		Seen seen(String id) {
			return this.seen.get(id);
		}

		private void write(String id) {
			this.jdbc.sql("INSERT INTO " + TABLE + " (probe) VALUES (?)").param(id).update();
		}

		private long publicationsOf(String id) {
			try (Connection connection = this.dataSource.getConnection();
					PreparedStatement statement = connection.prepareStatement(OF_PROBE)) {
				statement.setString(1, "%" + id + "%");
				long count = 0;
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						count++;
					}
				}
				return count;
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
