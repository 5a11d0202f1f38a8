package kr.valuemall.seller.application;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A decision that the application's state does not allow, such as approving it twice.
 */
@ResponseStatus(HttpStatus.CONFLICT)
class ApplicationDecisionNotAllowed extends RuntimeException {

	private ApplicationDecisionNotAllowed(String message) {
		super(message);
	}

	static ApplicationDecisionNotAllowed of(long applicationId, ApplicationStatus from, String action) {
		return new ApplicationDecisionNotAllowed("Application " + applicationId + " is " + from + ": cannot " + action);
	}

}
