package kr.valuemall.catalog.reviews;

import java.time.Instant;

/**
 * An order line whose purchase was confirmed, as the order module announced it: the
 * catalog's own record of what each shopper may review.
 */
public record ReviewableLine(long orderLineId, long shopperId, long productId, long sellerId, String orderNumber,
		String productName, Instant confirmedAt, String optionLabel) {

	public ReviewableLine(long orderLineId, long shopperId, long productId, long sellerId, String orderNumber,
			String productName, Instant confirmedAt) {
		this(orderLineId, shopperId, productId, sellerId, orderNumber, productName, confirmedAt, null);
	}

}
