package kr.valuemall.promotion;

/**
 * A seller's product for a campaign: a discount in percent, or a campaign price.
 */
record OptInForm(String productId, String discountPercent, String campaignPrice) {

	static OptInForm empty() {
		return new OptInForm("", "", "");
	}

	boolean hasPercent() {
		return this.discountPercent != null && !this.discountPercent.isBlank();
	}

	boolean hasPrice() {
		return this.campaignPrice != null && !this.campaignPrice.isBlank();
	}

}
