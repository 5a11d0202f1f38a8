package kr.valuemall.seller.payout;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A step the request's state does not allow: deciding it twice, withdrawing a decided
 * one, or asking again while one waits.
 */
@ResponseStatus(HttpStatus.CONFLICT)
class PayoutAccountChangeNotAllowed extends RuntimeException {

	private PayoutAccountChangeNotAllowed(String message) {
		super(message);
	}

	static PayoutAccountChangeNotAllowed of(Long changeId, PayoutAccountChange.Status from, String action) {
		return new PayoutAccountChangeNotAllowed(
				"Payout account change " + changeId + " is " + from + ": cannot " + action);
	}

	static PayoutAccountChangeNotAllowed alreadyWaiting(long sellerId) {
		return new PayoutAccountChangeNotAllowed("Seller " + sellerId + " already has a payout account change waiting");
	}

}
