package kr.valuemall.origin;

/**
 * What a decision in the audit trail did. Shown through {@code origin.action.<NAME>}.
 */
enum DecisionAction {

	AUTO_PASS, AUTO_HOLD, APPROVED, REJECTED, REPORT_HOLD;

	public String messageKey() {
		return "origin.action." + name();
	}

}
