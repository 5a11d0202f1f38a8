package kr.valuemall.origin;

import kr.valuemall.shared.Region;

/**
 * What a seller declares about a listing, with the text shoppers will read. The region is
 * where the product is made (only a non-domestic declaration may leave it out); the
 * importer is named only for imports.
 */
public record ListingDeclaration(long listingId, long sellerId, String storeName, String categorySlug, String name,
		String description, long price, OriginKind originKind, String importer, String manufacturer, Region region,
		MakerRole makerRole, boolean attested) {

}
