package kr.valuemall.account.membership;

import java.time.Duration;

/**
 * What a mailed link is for, and how long it may be opened: a password reset is short,
 * because whoever reads the mailbox can take the account with it.
 */
enum TokenPurpose {

	VERIFY_EMAIL(Duration.ofHours(24)), RESET_PASSWORD(Duration.ofMinutes(30)), CHANGE_EMAIL(Duration.ofHours(24));

	private final Duration validity;

	TokenPurpose(Duration validity) {
		this.validity = validity;
	}

	Duration validity() {
		return this.validity;
	}

}
