package kr.valuemall.origin.screening;

import java.util.List;
import java.util.Map;

/**
 * Everything screening reads. A rule staff just changed applies to the next listing: the
 * book is read again whenever its version has changed ({@code OriginRules.ruleBook}).
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
