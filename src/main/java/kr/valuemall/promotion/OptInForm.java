package kr.valuemall.promotion;

import jakarta.validation.constraints.NotBlank;

import kr.valuemall.web.forms.TypedNumbers;
import kr.valuemall.web.forms.WholeNumber;

/**
 * A seller's product for a campaign: a discount in percent, or a campaign price. Bean
 * Validation reads the numbers; which of them the campaign takes is the campaign's to
 * say.
 */
record OptInForm(@NotBlank @WholeNumber(min = 1) String productId, @WholeNumber String discountPercent,
		@WholeNumber String campaignPrice) {

	static OptInForm empty() {
		return new OptInForm("", "", "");
	}

	boolean hasPercent() {
		return this.discountPercent != null && !this.discountPercent.isBlank();
	}

	boolean hasPrice() {
		return this.campaignPrice != null && !this.campaignPrice.isBlank();
	}

	/** The product chosen, once Bean Validation passed the field. */
	long product() {
		return TypedNumbers.value(this.productId);
	}

	/** The discount typed, or null when none (or not a number). */
	Long percent() {
		return TypedNumbers.read(this.discountPercent);
	}

	/** The campaign price typed, or null when none (or not a number). */
	Long price() {
		return TypedNumbers.read(this.campaignPrice);
	}

}
