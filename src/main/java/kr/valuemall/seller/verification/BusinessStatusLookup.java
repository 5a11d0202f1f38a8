package kr.valuemall.seller.verification;

import java.time.Instant;

import kr.valuemall.seller.BusinessRegistrationNumber;

/**
 * The port to a business-status service such as the National Tax Service's 사업자 상태조회.
 */
public interface BusinessStatusLookup {

	Answer lookUp(BusinessRegistrationNumber number);

	/** The status, which service said it, and when. */
	record Answer(BusinessStatus status, String source, Instant checkedAt) {
	}

}
