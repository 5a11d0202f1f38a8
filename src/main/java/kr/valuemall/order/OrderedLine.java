package kr.valuemall.order;

/**
 * One order line as other modules see it in order events. The amount is what the line
 * sold for before any mall-paid coupon: unit price × quantity, after a campaign discount
 * if one applied. The category and the product name are copies taken at checkout, so a
 * statement or a report never has to ask the catalog what the product was called then.
 */
public record OrderedLine(long orderLineId, long productId, String productName, String categorySlug, int quantity,
		long unitPrice, long amount, Long campaignId) {

}
