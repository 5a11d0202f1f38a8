package kr.valuemall.seller;

/**
 * The bank account a seller's payouts go to. {@code accountNumber} is in clear (null when
 * it cannot be read): never show it on a page, it goes into the bank transfer file only.
 */
public record PayoutAccount(Bank bank, String accountNumber, String holder) {

	public boolean readable() {
		return this.accountNumber != null;
	}

}
