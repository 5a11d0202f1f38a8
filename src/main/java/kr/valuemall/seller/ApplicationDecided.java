package kr.valuemall.seller;

import java.time.Instant;

/**
 * Staff decided a seller application: approved it, rejected it, or sent it back for
 * changes, with the reason the applicant reads (none for an approval).
 *
 * @param applicationId the application (an approved one's id is the seller's id)
 * @param accountId the applicant's account
 * @param storeName the store the application is for
 * @param outcome what staff decided
 * @param reason staff's reason, {@code null} for an approval
 * @param decidedAt when
 */
public record ApplicationDecided(long applicationId, long accountId, String storeName, Outcome outcome, String reason,
		Instant decidedAt) {

	public enum Outcome {

		APPROVED, REJECTED, CHANGES_REQUESTED

	}

}
