package kr.valuemall.catalog.listing;

import java.util.Optional;

import org.springframework.validation.Errors;

import kr.valuemall.order.DeliveryOverride;
import kr.valuemall.web.TypedInput;

/**
 * The product form's own section for a listing whose delivery terms differ from its
 * store's: each field left blank follows the store. Bound beside {@link ProductForm}, not
 * inside it, so the two change independently.
 */
record ListingDeliveryForm(String ownDispatchDays, String ownJejuFee, String ownIslandFee, String ownReturnFee,
		String ownExchangeFee) {

	static final int MAX_DISPATCH_DAYS = 14;

	static final long MAX_FEE = 1_000_000;

	static ListingDeliveryForm empty() {
		return new ListingDeliveryForm("", "", "", "", "");
	}

	static ListingDeliveryForm of(DeliveryOverride override) {
		return new ListingDeliveryForm(text(override.dispatchDays()), won(override.jejuFee()),
				won(override.islandFee()), won(override.returnFee()), won(override.exchangeFee()));
	}

	/**
	 * The listing's own terms (all blank: it follows its store), or empty with a message
	 * next to each field that cannot be read.
	 */
	Optional<DeliveryOverride> read(Errors errors) {
		Long days = number(this.ownDispatchDays, "ownDispatchDays", MAX_DISPATCH_DAYS, errors);
		Long jeju = number(this.ownJejuFee, "ownJejuFee", MAX_FEE, errors);
		Long island = number(this.ownIslandFee, "ownIslandFee", MAX_FEE, errors);
		Long returns = number(this.ownReturnFee, "ownReturnFee", MAX_FEE, errors);
		Long exchanges = number(this.ownExchangeFee, "ownExchangeFee", MAX_FEE, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional
			.of(new DeliveryOverride((days != null) ? days.intValue() : null, returns, exchanges, jeju, island));
	}

	private static Long number(String typed, String field, long max, Errors errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		return TypedInput.wholeNumber(typed, field, 0, max, errors);
	}

	private static String text(Integer value) {
		return (value != null) ? value.toString() : "";
	}

	private static String won(Long value) {
		return (value != null) ? String.format("%,d", value) : "";
	}

}
