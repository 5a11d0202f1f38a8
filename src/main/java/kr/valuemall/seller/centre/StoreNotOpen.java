package kr.valuemall.seller.centre;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The signed-in account runs no approved store (its approval was withdrawn since it
 * signed in): there is no store to edit.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class StoreNotOpen extends RuntimeException {

	private StoreNotOpen(String message) {
		super(message);
	}

	static StoreNotOpen of(long accountId) {
		return new StoreNotOpen("Account " + accountId + " runs no approved store");
	}

}
