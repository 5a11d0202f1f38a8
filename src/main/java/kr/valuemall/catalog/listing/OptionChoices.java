package kr.valuemall.catalog.listing;

import java.util.List;

/**
 * A listing's options as a shopper chooses among them on its page: every combination with
 * its price now and whether it is sold out (shown, but not selectable).
 *
 * @param names "색상 / 사이즈", or null without options
 */
public record OptionChoices(String names, List<Choice> choices) {

	public boolean hasOptions() {
		return this.names != null;
	}

	/**
	 * The lowest price of a combination still in stock (of any, when all are sold out).
	 */
	public long lowestPrice() {
		return this.choices.stream()
			.filter((choice) -> !choice.soldOut())
			.mapToLong(Choice::price)
			.min()
			.orElse(this.choices.stream().mapToLong(Choice::price).min().orElse(0));
	}

	/**
	 * One combination.
	 *
	 * @param price what one unit sells for now (the listing's price now with the
	 * difference, never below one won)
	 */
	public record Choice(long skuId, String label, long priceDelta, long price, int stock) {

		public boolean soldOut() {
			return this.stock <= 0;
		}

	}

}
