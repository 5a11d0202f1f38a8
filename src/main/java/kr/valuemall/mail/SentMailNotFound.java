package kr.valuemall.mail;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No kept mail with this id.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class SentMailNotFound extends RuntimeException {

	private SentMailNotFound(long id) {
		super("No sent mail " + id);
	}

	static SentMailNotFound of(long id) {
		return new SentMailNotFound(id);
	}

}
