package kr.valuemall.order.delivery;

import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import kr.valuemall.order.fulfilment.Courier;
import kr.valuemall.web.TypedInput;

/**
 * A seller's delivery terms as typed: numbers and choices as text, so whatever was typed
 * is shown again next to its message.
 */
record DeliveryTermsForm(@NotBlank String dispatchDays, @NotBlank String cutoffHour, @NotBlank String courier,
		@NotBlank @Size(max = 200) String returnAddress, @NotBlank String returnFee, @NotBlank String exchangeFee,
		@NotBlank String jejuFee, @NotBlank String islandFee) {

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

	/** The terms, or empty with a message next to each field that cannot be read. */
	Optional<DeliveryTerms> read(Errors errors) {
		Long days = TypedInput.wholeNumber(this.dispatchDays, "dispatchDays", 0, DeliveryTerms.MAX_DISPATCH_DAYS,
				errors);
		Long cutoff = TypedInput.wholeNumber(this.cutoffHour, "cutoffHour", 1, 23, errors);
		Courier chosen = TypedInput.choice(Courier.class, this.courier, "courier", errors);
		Long returns = TypedInput.wholeNumber(this.returnFee, "returnFee", 0, DeliveryTerms.MAX_FEE, errors);
		Long exchanges = TypedInput.wholeNumber(this.exchangeFee, "exchangeFee", 0, DeliveryTerms.MAX_FEE, errors);
		Long jeju = TypedInput.wholeNumber(this.jejuFee, "jejuFee", 0, DeliveryTerms.MAX_FEE, errors);
		Long island = TypedInput.wholeNumber(this.islandFee, "islandFee", 0, DeliveryTerms.MAX_FEE, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new DeliveryTerms(days.intValue(), cutoff.intValue(), chosen, this.returnAddress.strip(),
				returns, exchanges, jeju, island));
	}

	private static String won(long amount) {
		return String.format("%,d", amount);
	}

}
