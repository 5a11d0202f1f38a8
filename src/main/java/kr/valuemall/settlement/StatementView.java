package kr.valuemall.settlement;

import java.time.Instant;
import java.time.LocalDate;

import kr.valuemall.settlement.statements.HoldReason;
import kr.valuemall.settlement.statements.PayoutStatus;

/**
 * A seller's statement for one period as pages and files show it. Amounts in won:
 * {@code net = itemTotal − commissionTotal + shippingTotal + adjustmentTotal + carriedIn};
 * {@code payout} is a positive net, {@code carriedOut} a negative one. A payout that was
 * ever held says why ({@code holdReason}) and since when; {@code releasedAt} is when the
 * hold ended, if it has.
 */
public record StatementView(long id, long sellerId, LocalDate periodStart, LocalDate periodEnd, long itemTotal,
		long shippingTotal, long commissionTotal, long adjustmentTotal, long carriedIn, long net, long payout,
		long carriedOut, int referenceBps, long referenceCommission, PayoutStatus payoutStatus, Instant settledAt,
		Instant approvedAt, Instant paidAt, String paidReference, HoldReason holdReason, Instant heldAt,
		Instant releasedAt) {

	/** Held now: not to be approved for payout while the reason stands. */
	public boolean held() {
		return this.payoutStatus == PayoutStatus.HELD;
	}

	/**
	 * Held once and released, not yet paid: it goes with the next payout run, whatever
	 * period that run is for.
	 */
	public boolean releasedAndDue() {
		return this.heldAt != null && !held()
				&& (this.payoutStatus == PayoutStatus.SETTLED || this.payoutStatus == PayoutStatus.APPROVED);
	}

	public SettlementPeriod period() {
		return new SettlementPeriod(this.periodStart, this.periodEnd);
	}

	public LocalDate periodLastDay() {
		return this.periodEnd.minusDays(1);
	}

	/** What the seller kept of the item amounts after commission. */
	public long sellerShare() {
		return this.itemTotal - this.commissionTotal;
	}

	/** What the same sales would have saved against the private-mall reference rate. */
	public long saved() {
		return this.referenceCommission - this.commissionTotal;
	}

	public String referenceRatePercent() {
		return new CommissionSplit(0, this.referenceBps, 0, 0).ratePercent();
	}

}
