package kr.valuemall.order.delivery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import kr.valuemall.order.fulfilment.Courier;
import kr.valuemall.web.forms.OneOf;
import kr.valuemall.web.forms.TypedChoices;
import kr.valuemall.web.forms.TypedNumbers;
import kr.valuemall.web.forms.WholeNumber;

/**
 * A seller's delivery terms as typed: numbers and choices as text, so whatever was typed
 * is shown again next to its message. Bean Validation checks it; {@link #value()} reads
 * the checked form.
 */
record DeliveryTermsForm(@NotBlank @WholeNumber(max = DeliveryTerms.MAX_DISPATCH_DAYS) String dispatchDays,
		@NotBlank @WholeNumber(min = 1, max = 23) String cutoffHour, @NotBlank @OneOf(Courier.class) String courier,
		@NotBlank @Size(max = 200) String returnAddress,
		@NotBlank @WholeNumber(max = DeliveryTerms.MAX_FEE) String returnFee,
		@NotBlank @WholeNumber(max = DeliveryTerms.MAX_FEE) String exchangeFee,
		@NotBlank @WholeNumber(max = DeliveryTerms.MAX_FEE) String jejuFee,
		@NotBlank @WholeNumber(max = DeliveryTerms.MAX_FEE) String islandFee) {

	/**
	 * What most small sellers promise and charge, for a seller who has not set terms yet:
	 * a suggestion to correct, saved only when the seller saves it.
	 */
	static DeliveryTermsForm suggested(String businessAddress) {
		return new DeliveryTermsForm("2", "14", "", (businessAddress != null) ? businessAddress : "", "3,000", "6,000",
				"3,000", "5,000");
	}

	static DeliveryTermsForm of(DeliveryTerms terms) {
		return new DeliveryTermsForm(Integer.toString(terms.dispatchDays()), Integer.toString(terms.cutoffHour()),
				terms.courier().name(), terms.returnAddress(), won(terms.returnFee()), won(terms.exchangeFee()),
				won(terms.jejuFee()), won(terms.islandFee()));
	}

	/** The terms of a form Bean Validation has passed. */
	DeliveryTerms value() {
		return new DeliveryTerms((int) TypedNumbers.value(this.dispatchDays), (int) TypedNumbers.value(this.cutoffHour),
				TypedChoices.value(Courier.class, this.courier), this.returnAddress.strip(),
				TypedNumbers.value(this.returnFee), TypedNumbers.value(this.exchangeFee),
				TypedNumbers.value(this.jejuFee), TypedNumbers.value(this.islandFee));
	}

	private static String won(long amount) {
		return TypedNumbers.FORMAT.print(amount, null);
	}

}
