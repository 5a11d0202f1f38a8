package kr.valuemall.catalog.search;

import java.util.Arrays;
import java.util.List;

import kr.valuemall.shared.Region;

/**
 * What a shopper asked the product list for. {@code text} is the query as typed (may be
 * empty); {@code categorySlugs} is empty for all categories; prices are whole won, null
 * for no bound.
 */
public record SearchQuery(String text, List<String> categorySlugs, Long minPrice, Long maxPrice, Region region,
		boolean freeShipping, boolean inStock, SearchSort sort, int page) {

	public SearchQuery {
		text = (text != null) ? text.strip() : "";
		categorySlugs = (categorySlugs != null) ? List.copyOf(categorySlugs) : List.of();
		sort = (sort != null) ? sort : (text.isEmpty() ? SearchSort.NEWEST : SearchSort.RELEVANCE);
		page = Math.max(0, page);
	}

	/** Just words, in all categories, in the default order. */
	public static SearchQuery of(String text) {
		return new SearchQuery(text, List.of(), null, null, null, false, false, null, 0);
	}

	/**
	 * The query as search compares it: lower case, without spaces, so that "원목의자" and "원목
	 * 의자" are the same search. '|' separates fields in the stored text and is never
	 * searched.
	 */
	public String normalText() {
		return this.text.toLowerCase().replaceAll("[\\s|]+", "");
	}

	/**
	 * The words a listing must all contain, normalised; at most five, so a pasted
	 * paragraph stays a cheap query.
	 */
	List<String> normalWords() {
		return Arrays.stream(this.text.toLowerCase().replace('|', ' ').split("\\s+"))
			.filter((word) -> !word.isEmpty())
			.distinct()
			.limit(5)
			.toList();
	}

	/** The query with its spacing, lower case, for the exact-phrase rank. */
	String phrase() {
		return this.text.toLowerCase().replaceAll("\\s+", " ");
	}

}
