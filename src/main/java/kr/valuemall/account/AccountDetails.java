package kr.valuemall.account;

import java.time.Instant;
import java.util.List;

/**
 * What the account holder sees on {@code /account}.
 */
public record AccountDetails(AccountSummary summary, Instant emailVerifiedAt, boolean mustAskStaffToLeave,
		List<ConsentRecord> consents) {

	public boolean emailVerified() {
		return this.emailVerifiedAt != null;
	}

}
