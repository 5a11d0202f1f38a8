package kr.valuemall.seller.application;

/**
 * Where an application stands. Message keys {@code seller.status.<NAME>}.
 */
public enum ApplicationStatus {

	PENDING, CHANGES_REQUESTED, APPROVED, REJECTED;

	boolean editableByApplicant() {
		return this == CHANGES_REQUESTED || this == REJECTED;
	}

}
