package kr.valuemall.settlement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import kr.valuemall.seller.PayoutAccountChangeDecided;
import kr.valuemall.seller.PayoutAccountChangeRequested;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreReinstated;
import kr.valuemall.seller.StoreSuspended;
import kr.valuemall.settlement.statements.HoldReason;

/**
 * Holds the payouts of a seller whose new payout account waits for staff, and lets them
 * go once the request is decided: until then nobody can say where the money should go.
 * Holds those of a store staff suspended with its payouts held, too, until it is
 * reinstated.
 * <p>
 * A hold covers what is settled and not yet approved for the bank file. A payout staff
 * already approved goes to the account on file, which is still the store's account of
 * record: the bank file may have left with it.
 * <p>
 * The seller module is asked where each request stands now rather than trusting the
 * event, so an event that arrives late or twice changes nothing; payout runs ask it too
 * ({@link Payouts#approve}), so a payout is never approved in the moment between a
 * request and this listener.
 */
@Component
class PayoutHolds {

	private final JdbcClient jdbc;

	private final SellerApi sellers;

	private final Clock clock;

	PayoutHolds(JdbcClient jdbc, SellerApi sellers, Clock clock) {
		this.jdbc = jdbc;
		this.sellers = sellers;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(PayoutAccountChangeRequested requested) {
		if (this.sellers.pendingPayoutAccountChange(requested.sellerId()).isPresent()) {
			hold(Set.of(requested.sellerId()), this.clock.instant());
		}
	}

	@ApplicationModuleListener
	void on(PayoutAccountChangeDecided decided) {
		if (this.sellers.pendingPayoutAccountChange(decided.sellerId()).isEmpty()
				&& this.sellers.payoutsHeldBySuspension(Set.of(decided.sellerId())).isEmpty()) {
			release(decided.sellerId(), this.clock.instant());
		}
	}

	@ApplicationModuleListener
	void on(StoreSuspended suspended) {
		if (!this.sellers.payoutsHeldBySuspension(Set.of(suspended.sellerId())).isEmpty()) {
			hold(Set.of(suspended.sellerId()), HoldReason.STORE_SUSPENDED, this.clock.instant());
		}
	}

	@ApplicationModuleListener
	void on(StoreReinstated reinstated) {
		if (this.sellers.payoutsHeldBySuspension(Set.of(reinstated.sellerId())).isEmpty()
				&& this.sellers.pendingPayoutAccountChange(reinstated.sellerId()).isEmpty()) {
			release(reinstated.sellerId(), this.clock.instant());
		}
	}

	/** Holds these sellers' settled payouts that wait for approval. */
	int hold(Collection<Long> sellerIds, Instant now) {
		return hold(sellerIds, HoldReason.PAYOUT_ACCOUNT_CHANGE, now);
	}

	/** Holds these sellers' settled payouts that wait for approval, for this reason. */
	int hold(Collection<Long> sellerIds, HoldReason reason, Instant now) {
		if (sellerIds.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("""
				UPDATE settlement_statement SET payout_status = 'HELD', hold_reason = :reason, held_at = :at,
					released_at = NULL
				WHERE seller_id IN (:sellers) AND payout_status = 'SETTLED' AND payout > 0""")
			.param("reason", reason.name())
			.param("at", Timestamp.from(now))
			.param("sellers", sellerIds)
			.update();
	}

	/**
	 * Lets the seller's held payouts go: they wait for the next payout run, as settled
	 * ones do.
	 */
	int release(long sellerId, Instant now) {
		return this.jdbc.sql("""
				UPDATE settlement_statement SET payout_status = 'SETTLED', released_at = :at
				WHERE seller_id = :seller AND payout_status = 'HELD'""")
			.param("at", Timestamp.from(now))
			.param("seller", sellerId)
			.update();
	}

}
