package kr.valuemall.seller;

import java.time.Instant;

/**
 * The port to a business-status service such as the National Tax Service's 사업자 상태조회.
 */
public interface BusinessStatusLookup {

	Answer lookUp(BusinessRegistrationNumber number);

	/** The status, which service said it, and when. */
	record Answer(BusinessStatus status, String source, Instant checkedAt) {
	}

}
