package kr.valuemall.seller;

import java.time.Instant;

import kr.valuemall.web.Region;

/**
 * A business became a seller: its store is open.
 */
public record SellerApproved(long sellerId, long accountId, String storeSlug, Region region, Instant approvedAt) {

}
