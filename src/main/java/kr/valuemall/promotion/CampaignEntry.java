package kr.valuemall.promotion;

/**
 * A seller's product in a campaign: a discount in percent or a fixed campaign price.
 *
 * @param discountPercent the discount, or null when a price was given
 * @param campaignPrice the price, or null when a discount was given
 */
record CampaignEntry(long campaignId, long productId, long sellerId, Integer discountPercent, Long campaignPrice) {

	/**
	 * What the product sells for in the campaign at this list price, rounded down and
	 * never below the campaign's maximum discount; the list price itself when the entry
	 * takes nothing off it.
	 */
	long priceFor(long listPrice, int maxDiscountPercent) {
		long price = (this.discountPercent != null) ? Campaign.priceAfter(listPrice, this.discountPercent)
				: Math.min(this.campaignPrice, listPrice);
		return Math.max(price, Math.max(1, Campaign.priceAfter(listPrice, maxDiscountPercent)));
	}

}
