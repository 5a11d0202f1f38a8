package kr.valuemall.order.fulfilment;

import java.util.List;

/**
 * What a refund of some of a shipment's lines gives back, worked out before it is
 * recorded.
 *
 * @param items the lines' amounts
 * @param shipping the shipping fee with any island fee, when these are the last lines
 * @param discountShare the coupon's share kept back (the shopper never paid it)
 * @param last whether no line is left after these
 * @param sent whether the goods left the seller (a refund then is a return, not a
 * cancellation, and no stock goes back)
 */
public record RefundQuote(long shipmentId, List<Long> lineIds, long items, long shipping, long discountShare,
		boolean last, boolean sent) {

	/** What goes back to the shopper. */
	public long amount() {
		return this.items + this.shipping - this.discountShare;
	}

}
