package kr.valuemall.settlement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.valuemall.settlement.runs.SettlementPeriods;
import kr.valuemall.settlement.runs.SettlementRuns;

/**
 * The demo profile's settlements: after the demo orders (whose events have filled the
 * ledger), every closed period with something to settle is settled, oldest first; periods
 * before the last one are also approved and paid, so statements show every payout state
 * and the current period stays open. Safe to run on every start.
 */
@Component
@Profile("demo")
@Order(60)
class DemoSettlements implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoSettlements.class);

	static final String DEMO_STAFF = "admin@example.com";

	/** How far back the demo looks for closed periods. */
	static final int PERIODS_BACK = 12;

	/** How long to wait for the demo orders' events to reach settlement. */
	static final Duration EVENTS_WAIT = Duration.ofSeconds(90);

	private final SettlementRuns runs;

	private final SettlementPeriods periods;

	private final Payouts payouts;

	private final JdbcClient jdbc;

	DemoSettlements(SettlementRuns runs, SettlementPeriods periods, Payouts payouts, JdbcClient jdbc) {
		this.runs = runs;
		this.periods = periods;
		this.payouts = payouts;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		settleClosed(false);
	}

	/**
	 * Settles closed periods oldest first. The first pass leaves the last closed period
	 * alone: the demo's late refunds (the order module's DemoLateRefunds) arrive between
	 * the passes, so they meet periods already settled, as refunds after settlement do.
	 */
	void settleClosed(boolean lastOnly) {
		awaitOrderEvents();
		List<SettlementPeriod> closed = new ArrayList<>(this.periods.recentClosed(PERIODS_BACK));
		Collections.reverse(closed);
		SettlementPeriod last = this.periods.lastClosed();
		int settled = 0;
		for (SettlementPeriod period : closed) {
			if (period.equals(last) != lastOnly) {
				continue;
			}
			if (!this.runs.sellersToSettle(period).isEmpty()) {
				this.runs.run(period, DEMO_STAFF);
				settled++;
			}
			if (!period.equals(last)) {
				this.payouts.approve(period, DEMO_STAFF);
				this.payouts.markPaid(period, "DEMO-" + period.start().toString().replace("-", ""), DEMO_STAFF);
			}
		}
		if (settled > 0) {
			logger.info("Demo settlement periods settled: {}", settled);
		}
	}

	/** The second pass: the last closed period, after the late refunds. */
	@Component
	@Profile("demo")
	@Order(80)
	static class LastPeriod implements ApplicationRunner {

		private final DemoSettlements demo;

		LastPeriod(DemoSettlements demo) {
			this.demo = demo;
		}

		@Override
		public void run(ApplicationArguments args) {
			this.demo.settleClosed(true);
		}

	}

	/**
	 * Settlement's listeners handle the demo orders' events after their transactions
	 * commit; the event publication registry holds each one until it is handled.
	 */
	private void awaitOrderEvents() {
		long deadline = System.nanoTime() + EVENTS_WAIT.toNanos();
		while (System.nanoTime() < deadline) {
			long pending = this.jdbc.sql("""
					SELECT count(*) FROM event_publication
					WHERE completion_date IS NULL AND listener_id LIKE 'kr.valuemall.settlement.%'""")
				.query(Long.class)
				.single();
			if (pending == 0) {
				return;
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		logger.warn("Settlement's order events were still being handled; demo periods settle what has arrived");
	}

}
