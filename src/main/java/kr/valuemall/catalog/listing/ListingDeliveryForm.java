package kr.valuemall.catalog.listing;

import kr.valuemall.order.DeliveryOverride;
import kr.valuemall.web.forms.TypedNumbers;
import kr.valuemall.web.forms.WholeNumber;

/**
 * The product form's own section for a listing whose delivery terms differ from its
 * store's: each field left blank follows the store. Bound and checked beside
 * {@link ProductForm}, not inside it, so the two change independently.
 */
record ListingDeliveryForm(@WholeNumber(max = ListingDeliveryForm.MAX_DISPATCH_DAYS) String ownDispatchDays,
		@WholeNumber(max = ListingDeliveryForm.MAX_FEE) String ownJejuFee,
		@WholeNumber(max = ListingDeliveryForm.MAX_FEE) String ownIslandFee,
		@WholeNumber(max = ListingDeliveryForm.MAX_FEE) String ownReturnFee,
		@WholeNumber(max = ListingDeliveryForm.MAX_FEE) String ownExchangeFee) {

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
	 * The listing's own terms from a form Bean Validation has passed; all blank gives
	 * {@link DeliveryOverride#NONE}: it follows its store.
	 */
	DeliveryOverride value() {
		Long days = TypedNumbers.valueOrNull(this.ownDispatchDays);
		return new DeliveryOverride((days != null) ? days.intValue() : null,
				TypedNumbers.valueOrNull(this.ownReturnFee), TypedNumbers.valueOrNull(this.ownExchangeFee),
				TypedNumbers.valueOrNull(this.ownJejuFee), TypedNumbers.valueOrNull(this.ownIslandFee));
	}

	private static String text(Integer value) {
		return (value != null) ? value.toString() : "";
	}

	private static String won(Long value) {
		return (value != null) ? TypedNumbers.FORMAT.print(value, null) : "";
	}

}
