package kr.valuemall.origin.screening;

import java.util.List;
import java.util.Map;

/**
 * Everything screening reads, loaded once per screening so a rule staff just changed
 * applies to the next listing.
 */
public record RuleBook(ScreeningSettings settings, List<TermRule> terms, Map<String, PriceBounds> priceRanges) {

	public RuleBook {
		terms = List.copyOf(terms);
		priceRanges = Map.copyOf(priceRanges);
	}

	/** The range for a category: its own bounds, each open one taken from its parent. */
	PriceBounds priceRangeFor(String categorySlug) {
		PriceBounds own = (categorySlug != null) ? this.priceRanges.get(categorySlug) : null;
		if (own == null) {
			return null;
		}
		PriceBounds parent = (own.parentSlug() != null) ? this.priceRanges.get(own.parentSlug()) : null;
		Long min = (own.minPrice() != null || parent == null) ? own.minPrice() : parent.minPrice();
		Long max = (own.maxPrice() != null || parent == null) ? own.maxPrice() : parent.maxPrice();
		return new PriceBounds(categorySlug, own.parentSlug(), min, max);
	}

}
