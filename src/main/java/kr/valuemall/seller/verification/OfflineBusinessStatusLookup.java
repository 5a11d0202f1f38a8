package kr.valuemall.seller.verification;

import java.time.Clock;

import kr.valuemall.seller.BusinessRegistrationNumber;

/**
 * The default adapter where no tax-office connection is configured: it answers honestly
 * that the status was not verified, so staff check the registration certificate instead.
 */
public class OfflineBusinessStatusLookup implements BusinessStatusLookup {

	public static final String SOURCE = "offline";

	private final Clock clock;

	public OfflineBusinessStatusLookup(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Answer lookUp(BusinessRegistrationNumber number) {
		return new Answer(BusinessStatus.UNVERIFIED, SOURCE, this.clock.instant());
	}

}
