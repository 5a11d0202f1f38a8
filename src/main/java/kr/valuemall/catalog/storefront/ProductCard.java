package kr.valuemall.catalog.storefront;

import kr.valuemall.seller.StoreSummary;
import kr.valuemall.catalog.images.ProductImageRef;
import kr.valuemall.catalog.listing.Product;

/**
 * A product as lists show it: with its first picture, its store, what it sells for now
 * and what shipping one of it costs (the order module's quote: the seller's free-shipping
 * threshold applied to the price now).
 */
public record ProductCard(Product product, ProductImageRef image, StoreSummary store, PriceNow price,
		long shippingFee) {

}
