package kr.valuemall.account;

import java.time.Instant;

/**
 * One consent an account gave: the document version and when; {@code withdrawnAt} once it
 * was taken back.
 */
public record ConsentRecord(ConsentKind kind, String version, Instant agreedAt, Instant withdrawnAt) {

	public boolean inForce() {
		return this.withdrawnAt == null;
	}

}
