package kr.valuemall.seller.payout;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A staff member who also runs the store tried to decide the store's own request: where
 * the money goes is decided by someone else.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
class OwnPayoutAccountChange extends RuntimeException {

	private OwnPayoutAccountChange(String message) {
		super(message);
	}

	static OwnPayoutAccountChange of(long changeId, long accountId) {
		return new OwnPayoutAccountChange(
				"Account " + accountId + " runs the store of payout account change " + changeId);
	}

}
