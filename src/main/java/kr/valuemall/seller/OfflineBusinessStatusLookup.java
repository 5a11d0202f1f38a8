package kr.valuemall.seller;

import java.time.Clock;

/**
 * The default adapter where no tax-office connection is configured: it answers honestly
 * that the status was not verified, so staff check the registration certificate instead.
 */
class OfflineBusinessStatusLookup implements BusinessStatusLookup {

	static final String SOURCE = "offline";

	private final Clock clock;

	OfflineBusinessStatusLookup(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Answer lookUp(BusinessRegistrationNumber number) {
		return new Answer(BusinessStatus.UNVERIFIED, SOURCE, this.clock.instant());
	}

}
