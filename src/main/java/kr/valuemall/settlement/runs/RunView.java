package kr.valuemall.settlement.runs;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A settlement run and how far it has got.
 */
public record RunView(long id, LocalDate periodStart, LocalDate periodEnd, RunState state, String startedBy,
		Instant startedAt, Instant finishedAt, int sellersTotal, int sellersDone, int statementsCreated) {

	public LocalDate periodLastDay() {
		return this.periodEnd.minusDays(1);
	}

	public int percent() {
		if (this.state == RunState.DONE) {
			return 100;
		}
		return (this.sellersTotal == 0) ? 0 : (int) (100L * this.sellersDone / this.sellersTotal);
	}

	public boolean running() {
		return this.state == RunState.RUNNING;
	}

}
