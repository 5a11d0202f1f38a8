package kr.valuemall.catalog.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders a shopper can pick for a product list, by the value the page sends.
 */
public enum SearchSort {

	RELEVANCE("relevance"), NEWEST("newest"), PRICE_ASC("price-asc"), PRICE_DESC("price-desc"), BEST_SELLING("best"),

	/** Best average first, then more reviews, then more sales; unreviewed last. */
	RATING("rating");

	private final String param;

	SearchSort(String param) {
		this.param = param;
	}

	public String param() {
		return this.param;
	}

	public String messageKey() {
		return "search.sort." + this.param;
	}

	/** An unknown value is ignored rather than refused: the default order applies. */
	public static Optional<SearchSort> fromParam(String value) {
		return Arrays.stream(values()).filter((sort) -> sort.param.equals(value)).findFirst();
	}

}
