package kr.valuemall.order;

/**
 * A basket asked for more than the shelf has, or for a product no longer on sale.
 */
public class StockShortage extends RuntimeException {

	private final long productId;

	private final int available;

	public StockShortage(long productId, int available) {
		super("Product " + productId + " has " + available + " units for this basket");
		this.productId = productId;
		this.available = available;
	}

	public long productId() {
		return this.productId;
	}

	public int available() {
		return this.available;
	}

}
