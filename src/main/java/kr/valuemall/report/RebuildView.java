package kr.valuemall.report;

import java.time.Instant;

/**
 * A rebuild of the sales roll-ups and how far it has got: paid orders added again of all.
 */
public record RebuildView(long id, State state, String startedBy, Instant startedAt, Instant finishedAt,
		int ordersTotal, int ordersDone) {

	public int percent() {
		if (this.state == State.DONE) {
			return 100;
		}
		return (this.ordersTotal == 0) ? 0 : (int) Math.min(100, 100L * this.ordersDone / this.ordersTotal);
	}

	public boolean running() {
		return this.state == State.RUNNING;
	}

	public enum State {

		RUNNING, DONE, FAILED

	}

}
