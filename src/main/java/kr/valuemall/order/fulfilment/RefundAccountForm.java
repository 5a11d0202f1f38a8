package kr.valuemall.order.fulfilment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kr.valuemall.seller.Bank;
import kr.valuemall.web.forms.OneOf;

/**
 * Where a bank-transfer order's refund goes: the bank from the list, the number as typed
 * (6 to 16 digits, single spaces or hyphens between them) and the holder's name. The
 * shopper gives it on the order page, or staff for them on the phone.
 */
record RefundAccountForm(@NotBlank @OneOf(Bank.class) String bank,
		@NotBlank @Pattern(regexp = "^\\s*$|^\\s*(?:\\d[\\s-]?){5,15}\\d\\s*$") String accountNumber,
		@NotBlank @Size(max = 50) String accountHolder) {

	static RefundAccountForm empty() {
		return new RefundAccountForm("", "", "");
	}

}
