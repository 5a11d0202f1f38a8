package kr.valuemall.catalog.listing;

import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.shared.Region;

/**
 * A listing's checked contents, as a seller typed them.
 */
public record ProductDetails(String categorySlug, String name, String description, long price, int stock,
		long shippingFee, OriginKind originKind, String importer, String manufacturer, Region madeRegion,
		MakerRole makerRole, boolean attested) {

}
