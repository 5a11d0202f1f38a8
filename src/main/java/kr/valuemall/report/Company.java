package kr.valuemall.report;

import java.time.LocalDate;

import kr.valuemall.shared.Region;

/**
 * An approved store as the report counts it: when it opened (Korean date) and how many
 * listings it has on sale now.
 */
record Company(long sellerId, String storeName, String slug, Region region, LocalDate openedOn, long liveListings) {

}
