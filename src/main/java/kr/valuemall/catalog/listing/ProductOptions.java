package kr.valuemall.catalog.listing;

import java.util.ArrayList;
import java.util.List;

/**
 * A listing's options (옵션): none, one dimension (1kg / 3kg / 5kg) or two (색상 × 사이즈), and
 * one SKU per combination with its own price difference and stock. A listing without
 * options has one SKU without values, so stock always lives on a SKU.
 *
 * @param name1 the first dimension's name, or null without options
 * @param name2 the second dimension's name, or null
 */
public record ProductOptions(String name1, String name2, List<Sku> skus) {

	/** Longest option name and value, as the table allows. */
	public static final int MAX_NAME = 20;

	public static final int MAX_VALUE = 30;

	/** Most combinations a listing may have. */
	public static final int MAX_SKUS = 100;

	public ProductOptions {
		skus = List.copyOf(skus);
	}

	/** A listing without options: its one SKU holds the stock. */
	public static ProductOptions none(int stock) {
		return new ProductOptions(null, null, List.of(new Sku(null, null, 0, stock)));
	}

	public boolean hasOptions() {
		return this.name1 != null;
	}

	/** "색상 / 사이즈", or null without options. */
	public String names() {
		if (!hasOptions()) {
			return null;
		}
		return (this.name2 != null) ? this.name1 + " / " + this.name2 : this.name1;
	}

	public int totalStock() {
		return this.skus.stream().mapToInt(Sku::stock).sum();
	}

	/** The values of each dimension in the order they first appear. */
	public List<String> values(int dimension) {
		List<String> values = new ArrayList<>();
		for (Sku sku : this.skus) {
			String value = (dimension == 1) ? sku.value1() : sku.value2();
			if (value != null && !values.contains(value)) {
				values.add(value);
			}
		}
		return values;
	}

	/**
	 * One combination.
	 *
	 * @param priceDelta won added to the listing's price (negative: taken off)
	 */
	public record Sku(String value1, String value2, long priceDelta, int stock) {

		/** "블랙 / L", "3kg", or null for a listing without options. */
		public String label() {
			return label(this.value1, this.value2);
		}

		public static String label(String value1, String value2) {
			if (value1 == null) {
				return null;
			}
			return (value2 != null) ? value1 + " / " + value2 : value1;
		}

	}

}
