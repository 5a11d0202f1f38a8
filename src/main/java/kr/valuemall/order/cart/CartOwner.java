package kr.valuemall.order.cart;

import java.util.UUID;

/**
 * Whose cart: a signed-in account's, or a browser's (its cookie token) before sign-in.
 */
public record CartOwner(Long accountId, UUID token) {

	public static CartOwner account(long accountId) {
		return new CartOwner(accountId, null);
	}

	public static CartOwner browser(UUID token) {
		return new CartOwner(null, token);
	}

	boolean isAccount() {
		return this.accountId != null;
	}

}
