package kr.valuemall.catalog.qna;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such question for this seller: a 404, whether it exists for another or not at all.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class QuestionNotFound extends RuntimeException {

	private QuestionNotFound(String message) {
		super(message);
	}

	static QuestionNotFound of(long id) {
		return new QuestionNotFound("No question " + id);
	}

}
