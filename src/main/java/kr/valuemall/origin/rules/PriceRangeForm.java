package kr.valuemall.origin.rules;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * A category's price range in whole won; a blank bound is open, or taken from the parent
 * category.
 */
record PriceRangeForm(@NotBlank String categorySlug, @Min(0) @Max(MAX_WON) Long minPrice,
		@Min(1) @Max(MAX_WON) Long maxPrice) {

	/** A trillion won: far above anything a small business lists. */
	static final long MAX_WON = 1_000_000_000_000L;

	static PriceRangeForm empty() {
		return new PriceRangeForm("", null, null);
	}

	boolean boundsInOrder() {
		return this.minPrice == null || this.maxPrice == null || this.minPrice <= this.maxPrice;
	}

}
