package kr.valuemall.order;

/**
 * One order line as other modules see it in order events. The amount is what the line
 * sold for before any mall-paid coupon: unit price × quantity, after a campaign discount
 * if one applied. The category, the product name and the option's label are copies taken
 * at checkout, so a statement or a report never has to ask the catalog what the product
 * was called then.
 *
 * @param optionLabel the option bought ("블랙 / L"), or null without options
 */
public record OrderedLine(long orderLineId, long productId, String productName, String categorySlug, int quantity,
		long unitPrice, long amount, Long campaignId, String optionLabel) {

	public OrderedLine(long orderLineId, long productId, String productName, String categorySlug, int quantity,
			long unitPrice, long amount, Long campaignId) {
		this(orderLineId, productId, productName, categorySlug, quantity, unitPrice, amount, campaignId, null);
	}

	/** "이름 (블랙 / L)" where an option was bought, the name alone otherwise. */
	public String nameWithOption() {
		return (this.optionLabel != null) ? this.productName + " (" + this.optionLabel + ")" : this.productName;
	}

}
