package kr.valuemall.catalog;

import kr.valuemall.origin.ListingReview;

/**
 * A row of the seller's product list: the product, its first picture, and what review
 * said.
 */
public record SellerListing(Product product, ProductImageRef image, ListingReview review) {

}
