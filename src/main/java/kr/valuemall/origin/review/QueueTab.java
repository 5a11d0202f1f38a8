package kr.valuemall.origin.review;

/**
 * The views of the staff queue: held listings, reported listings, recent decisions.
 */
enum QueueTab {

	HELD, REPORTED, DECISIONS;

	public String messageKey() {
		return "origin.queue.tab." + name();
	}

}
