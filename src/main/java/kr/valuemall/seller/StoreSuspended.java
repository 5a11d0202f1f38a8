package kr.valuemall.seller;

import java.time.Instant;

/**
 * Staff suspended a store: its listings leave every page and feed and it takes no new
 * orders until it is reinstated; orders already paid are still served.
 *
 * @param sellerId the store
 * @param accountId its owner's account, to be told
 * @param reason staff's reason, which the seller reads
 * @param payoutsHeld whether its payouts wait until it is reinstated
 * @param at when
 */
public record StoreSuspended(long sellerId, long accountId, String reason, boolean payoutsHeld, Instant at) {

}
