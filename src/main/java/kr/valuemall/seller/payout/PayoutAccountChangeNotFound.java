package kr.valuemall.seller.payout;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such request, or not this seller's: the two look the same from outside.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PayoutAccountChangeNotFound extends RuntimeException {

	private PayoutAccountChangeNotFound(String message) {
		super(message);
	}

	static PayoutAccountChangeNotFound noStore(long accountId) {
		return new PayoutAccountChangeNotFound("Account " + accountId + " runs no approved store");
	}

	static PayoutAccountChangeNotFound of(long changeId) {
		return new PayoutAccountChangeNotFound("No payout account change " + changeId);
	}

}
