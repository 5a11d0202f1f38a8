package kr.valuemall.seller.verification;

/**
 * What the tax office says of a business registration number. Message keys
 * {@code businessStatus.<NAME>}.
 */
public enum BusinessStatus {

	/** 계속사업자. */
	ACTIVE,
	/** 휴업자. */
	SUSPENDED,
	/** 폐업자. */
	CLOSED,
	/** Not looked up: no connection to the tax office's service. */
	UNVERIFIED

}
