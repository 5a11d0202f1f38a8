package kr.valuemall.settlement.runs;

/**
 * A settlement run's state. Message keys {@code settlement.run.state.<NAME>}.
 */
public enum RunState {

	RUNNING, DONE, FAILED;

	public String messageKey() {
		return "settlement.run.state." + name();
	}

}
