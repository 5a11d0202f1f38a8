package kr.valuemall.catalog;

import kr.valuemall.seller.StoreSummary;

/**
 * A product as lists show it: with its first picture and its store.
 */
public record ProductCard(Product product, ProductImageRef image, StoreSummary store) {

}
