package kr.valuemall.web;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A decision made on a page that no longer shows the truth: what was decided on changed
 * after the page was opened (a seller edited the listing, an applicant resubmitted).
 * Answered with 409 so staff look again before deciding.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ChangedSinceSeen extends RuntimeException {

	private ChangedSinceSeen(String message) {
		super(message);
	}

	/**
	 * Throws unless {@code seen} (epoch milliseconds from the page, or null) matches
	 * {@code current}.
	 */
	public static void check(String what, Instant current, Long seen) {
		if (seen != null && current != null && current.toEpochMilli() != seen) {
			throw new ChangedSinceSeen(what + " changed at " + current + " after it was shown");
		}
	}

}
