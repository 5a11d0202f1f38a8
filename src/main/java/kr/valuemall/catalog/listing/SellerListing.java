package kr.valuemall.catalog.listing;

import kr.valuemall.origin.ListingReview;
import kr.valuemall.catalog.images.ProductImageRef;

/**
 * A row of the seller's product list: the product, its first picture, and what review
 * said.
 */
public record SellerListing(Product product, ProductImageRef image, ListingReview review) {

}
