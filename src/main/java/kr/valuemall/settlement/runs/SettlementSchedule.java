package kr.valuemall.settlement.runs;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import kr.valuemall.settlement.SettlementPeriod;

/**
 * Settles the last closed period on schedule. ShedLock keeps other instances from
 * starting the same run; were two to run anyway, the per-seller locks and unique keys
 * settle nothing twice. Running daily costs nothing once the period is settled.
 */
@Component
class SettlementSchedule {

	private static final Logger logger = LoggerFactory.getLogger(SettlementSchedule.class);

	static final String SYSTEM = "system";

	private final SettlementRuns runs;

	private final SettlementPeriods periods;

	SettlementSchedule(SettlementRuns runs, SettlementPeriods periods) {
		this.runs = runs;
		this.periods = periods;
	}

	@Scheduled(cron = "${valuemall.settlement.schedule:0 0 3 * * *}", zone = "Asia/Seoul")
	@SchedulerLock(name = "settlement-run", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
	void settleLastClosedPeriod() {
		SettlementPeriod period = this.periods.lastClosed();
		if (this.runs.sellersToSettle(period).isEmpty()) {
			return;
		}
		long runId = this.runs.run(period, SYSTEM);
		logger.info("Scheduled settlement run {} of {} finished", runId, period.key());
	}

}
