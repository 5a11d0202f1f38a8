package kr.valuemall.catalog.storefront;

import kr.valuemall.seller.StoreSummary;
import kr.valuemall.catalog.images.ProductImageRef;
import kr.valuemall.catalog.listing.Product;

/**
 * A product as lists show it: with its first picture, its store and what it sells for
 * now.
 */
public record ProductCard(Product product, ProductImageRef image, StoreSummary store, PriceNow price) {

}
