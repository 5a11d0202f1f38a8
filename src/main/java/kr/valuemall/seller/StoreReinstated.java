package kr.valuemall.seller;

import java.time.Instant;

/**
 * Staff lifted a store's suspension: its listings go back on sale and held payouts go.
 *
 * @param sellerId the store
 * @param accountId its owner's account, to be told
 * @param at when
 */
public record StoreReinstated(long sellerId, long accountId, Instant at) {

}
