package kr.valuemall;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pages that fail on purpose, to show what a visitor sees when something breaks.
 */
@TestConfiguration(proxyBeanMethods = false)
@RestController
class BrokenPages {

	static final String SECRET = "connection to ledger-db-7 refused";

	@GetMapping("/test/broken")
	String broken() {
		throw new DeliberateFailure(SECRET);
	}

	@GetMapping("/test/number")
	String number(@RequestParam int n) {
		return String.valueOf(n);
	}

	/**
	 * A failure staged by a test: logged as the defect it stands for, in one line,
	 * without a stack trace that would read as a real one in the build's output.
	 */
	static final class DeliberateFailure extends RuntimeException {

		DeliberateFailure(String message) {
			super(message, null, false, false);
		}

	}

}
