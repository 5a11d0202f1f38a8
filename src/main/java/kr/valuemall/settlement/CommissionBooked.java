package kr.valuemall.settlement;

import java.time.Instant;

/**
 * Settlement booked commission in its ledger: earned when a shipment's purchase was
 * confirmed (at the rate in force that day), or given back when confirmed lines were
 * refunded (before or after payout). The one record of the mall's commission that others
 * (the ministry's reports) add up, so their figure is the ledger's by construction.
 *
 * @param kind whether commission was earned or given back
 * @param shipmentId the shipment the lines belong to; with {@code kind} it identifies the
 * booking
 * @param sellerId the seller whose lines they are
 * @param at when it was booked (the confirmation or the refund)
 * @param itemAmount the item amounts of the lines
 * @param commission the commission earned (positive) or given back (negative)
 * @param privateMallCommission what a private mall at the reference rate would have taken
 * of the same lines, signed like {@code commission}
 */
public record CommissionBooked(Kind kind, long shipmentId, long sellerId, Instant at, long itemAmount, long commission,
		long privateMallCommission) {

	/** What a seller saved against a private mall by this booking. */
	public long savings() {
		return this.privateMallCommission - this.commission;
	}

	public enum Kind {

		EARNED, RETURNED

	}

}
