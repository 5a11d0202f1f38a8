package kr.valuemall.origin.rules;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class OriginTermNotFound extends RuntimeException {

	private OriginTermNotFound(long id) {
		super("No origin term " + id);
	}

	static OriginTermNotFound of(long id) {
		return new OriginTermNotFound(id);
	}

}
