package kr.valuemall.seller;

import java.time.Instant;

import kr.valuemall.shared.Region;

/**
 * An approved seller changed the store's name or region, the two details other modules
 * keep copies of (catalog's search copy on each listing). A listener should take the
 * store as it is now from {@link SellerApi#store}, not from the event: events may arrive
 * late, twice or out of order, and the store as it is now is right whatever the order.
 *
 * @param sellerId the store
 * @param storeName the name it took
 * @param region the region it is based in now
 * @param changedAt when
 */
public record StoreDetailsChanged(long sellerId, String storeName, Region region, Instant changedAt) {

}
