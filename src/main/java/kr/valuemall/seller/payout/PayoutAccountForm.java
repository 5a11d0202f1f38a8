package kr.valuemall.seller.payout;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kr.valuemall.seller.Bank;
import kr.valuemall.web.forms.OneOf;

/**
 * The account a seller asks payouts to go to: the bank chosen from the list, the number
 * as typed (6 to 16 digits, single spaces or hyphens between them) and the holder's name.
 */
record PayoutAccountForm(@NotBlank @OneOf(Bank.class) String bank,
		@NotBlank @Pattern(regexp = "^\\s*$|^\\s*(?:\\d[\\s-]?){5,15}\\d\\s*$") String accountNumber,
		@NotBlank @Size(max = 50) String accountHolder) {

	static PayoutAccountForm empty() {
		return new PayoutAccountForm("", "", "");
	}

}
