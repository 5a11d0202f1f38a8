package kr.valuemall.order;

/**
 * A basket asked for more than the shelf has, or for a product no longer on sale.
 */
public class StockShortage extends RuntimeException {

	private final long productId;

	private final int available;

	private final String optionLabel;

	public StockShortage(long productId, int available) {
		this(productId, available, null);
	}

	/**
	 * @param optionLabel the option that ran short, or null without options
	 */
	public StockShortage(long productId, int available, String optionLabel) {
		super("Product " + productId + " has " + available + " units for this basket");
		this.productId = productId;
		this.available = available;
		this.optionLabel = optionLabel;
	}

	public long productId() {
		return this.productId;
	}

	public int available() {
		return this.available;
	}

	public String optionLabel() {
		return this.optionLabel;
	}

}
