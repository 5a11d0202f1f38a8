package kr.valuemall.origin.screening;

/**
 * A category's price range in whole won, either bound possibly open, with the parent
 * whose range applies where this one has none.
 */
public record PriceBounds(String categorySlug, String parentSlug, Long minPrice, Long maxPrice) {

}
