package kr.valuemall.settlement.statements;

/**
 * Why a payout is held. Message keys {@code settlement.hold.<NAME>} (and
 * {@code settlement.hold.<NAME>.explain} for the seller).
 */
public enum HoldReason {

	/**
	 * The seller asked for a new payout account and staff have not decided on it yet: the
	 * money waits until it is clear where it goes.
	 */
	PAYOUT_ACCOUNT_CHANGE,

	/** Staff suspended the store and held its payouts until it is reinstated. */
	STORE_SUSPENDED;

	public String messageKey() {
		return "settlement.hold." + name();
	}

}
