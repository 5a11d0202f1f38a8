package kr.valuemall.seller;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import kr.valuemall.seller.verification.BusinessStatus;
import kr.valuemall.seller.verification.BusinessStatusLookup;

/**
 * A business-status service that answers what a test told it to; ACTIVE otherwise.
 */
public class TestBusinessStatusLookup implements BusinessStatusLookup {

	private final Map<String, BusinessStatus> answers = new ConcurrentHashMap<>();

	private final Clock clock;

	public TestBusinessStatusLookup(Clock clock) {
		this.clock = clock;
	}

	public void answer(String digits, BusinessStatus status) {
		this.answers.put(digits, status);
	}

	@Override
	public Answer lookUp(BusinessRegistrationNumber number) {
		return new Answer(this.answers.getOrDefault(number.digits(), BusinessStatus.ACTIVE), "test",
				this.clock.instant());
	}

}
