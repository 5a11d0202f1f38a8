package kr.valuemall.origin.review;

/**
 * What a decision in the audit trail did. Shown through {@code origin.action.<NAME>}.
 */
public enum DecisionAction {

	AUTO_PASS, AUTO_HOLD, APPROVED, REJECTED, REPORT_HOLD;

	public String messageKey() {
		return "origin.action." + name();
	}

}
