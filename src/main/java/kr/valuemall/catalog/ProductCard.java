package kr.valuemall.catalog;

import kr.valuemall.seller.StoreSummary;

/**
 * A product as lists show it: with its first picture, its store and what it sells for
 * now.
 */
public record ProductCard(Product product, ProductImageRef image, StoreSummary store, PriceNow price) {

}
