package kr.valuemall.shared;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Says once, in one log line, when the demo is complete: every demo runner has seeded its
 * part and every event the seeding published (sales roll-ups, settlement, notifications)
 * has been handled. The pages answer before that; until this line the reports and the
 * seller centre may still be filling. It watches from a thread of its own, so start-up
 * does not wait for it.
 */
@Component
@Profile("demo")
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoReady implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoReady.class);

	private static final Duration LONGEST_WAIT = Duration.ofMinutes(30);

	private final JdbcClient jdbc;

	DemoReady(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		Thread watcher = new Thread(this::watch, "demo-ready");
		watcher.setDaemon(true);
		watcher.start();
	}

	private void watch() {
		long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
		try {
			// Handled publications are deleted (completion-mode: delete): what is left
			// waits.
			while (this.jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
				.query(Long.class)
				.single() > 0) {
				if (System.nanoTime() > deadline) {
					logger.warn("Demo not ready after {}: events are still waiting for their listeners", LONGEST_WAIT);
					return;
				}
				Thread.sleep(1000);
			}
			long seconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000;
			logger.info("demo ready: seeded, every event handled, {} s after the JVM started", seconds);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not tell when the demo is ready", ex);
		}
	}

}
