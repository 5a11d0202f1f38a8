package kr.valuemall.seller;

import java.time.Instant;

/**
 * A payout account request is no longer waiting: staff approved it (payouts go to the new
 * account from now on) or rejected it (they stay with the old one), or the seller
 * withdrew it. Either way, the seller's held payouts may go again.
 *
 * @param changeId the request
 * @param sellerId the store
 * @param outcome what was decided
 * @param bank the account asked for: its bank
 * @param lastFour the account asked for: its last four digits
 * @param reason staff's reason for a rejection; {@code null} otherwise
 * @param decidedAt when
 */
public record PayoutAccountChangeDecided(long changeId, long sellerId, Outcome outcome, Bank bank, String lastFour,
		String reason, Instant decidedAt) {

	public enum Outcome {

		APPROVED, REJECTED, WITHDRAWN

	}

}
