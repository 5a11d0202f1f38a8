package kr.valuemall.settlement.statements;

/**
 * Where a statement's payout is: settled and waiting for staff, held (not to be approved
 * while {@link HoldReason} stands), approved for the bank file, paid (with the bank's
 * reference); or nothing to pay because the balance was carried forward or came to zero.
 * Message keys {@code settlement.payoutStatus.<NAME>}.
 */
public enum PayoutStatus {

	SETTLED, HELD, APPROVED, PAID, CARRIED_FORWARD, NOTHING_DUE;

	public String messageKey() {
		return "settlement.payoutStatus." + name();
	}

}
