package kr.valuemall.order.cart;

import kr.valuemall.web.forms.TypedNumbers;
import kr.valuemall.web.forms.WholeNumber;

/**
 * A seller's free-shipping threshold as typed: blank for none.
 */
record ShippingPolicyForm(@WholeNumber(min = 1, max = ShippingPolicyForm.MAX_THRESHOLD) String threshold) {

	static final long MAX_THRESHOLD = 100_000_000L;

	/** The form showing a threshold as Koreans write it, or blank for none. */
	static ShippingPolicyForm of(Long threshold) {
		return new ShippingPolicyForm((threshold != null) ? TypedNumbers.FORMAT.print(threshold, null) : "");
	}

	/** The checked threshold, or null for none. */
	Long value() {
		return TypedNumbers.valueOrNull(this.threshold);
	}

}
