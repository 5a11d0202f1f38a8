package kr.valuemall.order;

import java.util.UUID;

/**
 * Whose cart: a signed-in account's, or a browser's (its cookie token) before sign-in.
 */
record CartOwner(Long accountId, UUID token) {

	static CartOwner account(long accountId) {
		return new CartOwner(accountId, null);
	}

	static CartOwner browser(UUID token) {
		return new CartOwner(null, token);
	}

	boolean isAccount() {
		return this.accountId != null;
	}

}
