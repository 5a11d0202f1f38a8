package kr.valuemall.origin;

/**
 * Where a listing stands with origin screening: live in the mall, held for staff review,
 * or rejected by staff. Shown through the message keys {@code origin.status.<NAME>}.
 */
public enum ReviewStatus {

	LIVE, HELD, REJECTED;

	public String messageKey() {
		return "origin.status." + name();
	}

}
