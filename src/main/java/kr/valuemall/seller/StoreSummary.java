package kr.valuemall.seller;

import java.time.Instant;

import kr.valuemall.shared.Region;

/**
 * An approved seller's store, with the identity details Korean law asks a product page to
 * show.
 */
public record StoreSummary(long sellerId, long accountId, String slug, String storeName, String introduction,
		Region region, String businessName, String representative, String businessRegistrationNumber,
		String mailOrderReportNumber, String businessAddress, String phone, Instant openedAt) {

}
