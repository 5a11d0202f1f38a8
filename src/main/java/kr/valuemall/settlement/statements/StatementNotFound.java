package kr.valuemall.settlement.statements;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such statement, or not this seller's: the two look the same from outside.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class StatementNotFound extends RuntimeException {

	private StatementNotFound(String message) {
		super(message);
	}

	public static StatementNotFound of(long id) {
		return new StatementNotFound("No statement " + id);
	}

	public static StatementNotFound ofPeriod(String key) {
		return new StatementNotFound("No settlement period " + key);
	}

	public static StatementNotFound ofRun(long id) {
		return new StatementNotFound("No settlement run " + id);
	}

}
