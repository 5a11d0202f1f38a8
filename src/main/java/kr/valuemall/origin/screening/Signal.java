package kr.valuemall.origin.screening;

/** One statement read, where it lies in the text, and the points it adds. */
record Signal(ReasonCode code, String detail, int points, int start, int end) {

	/**
	 * Points of a stated foreign manufacture: enough to hold at any threshold staff set.
	 */
	static final int FOREIGN_MADE_POINTS = 1000;

	/** Points of a signal that holds only together with another one. */
	static final int WEAK_POINTS = 30;

	/** Points of a channel phrase that by itself tells goods come from abroad. */
	static final int CHANNEL_POINTS = 60;

}
