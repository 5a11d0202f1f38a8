package kr.valuemall.settlement.ledger;

/**
 * The accounts of the settlement ledger. Seller accounts are kept per seller.
 */
public enum LedgerAccount {

	/**
	 * Money the mall holds for shoppers until their purchase is confirmed (liability).
	 */
	SHOPPER_CLEARING(false),
	/** What the mall owes a seller (liability). */
	SELLER_PAYABLE(true),
	/** A seller's negative balance carried into the next statement (receivable). */
	SELLER_CARRIED(true),
	/** The mall's commission (revenue). */
	COMMISSION_REVENUE(false),
	/**
	 * Discounts the mall paid for out of its own pocket, such as mall coupons (expense).
	 */
	MALL_DISCOUNT(false),
	/** The mall's bank account (asset). */
	BANK(false);

	private final boolean perSeller;

	LedgerAccount(boolean perSeller) {
		this.perSeller = perSeller;
	}

	boolean perSeller() {
		return this.perSeller;
	}

}
