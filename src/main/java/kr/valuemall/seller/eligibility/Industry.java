package kr.valuemall.seller.eligibility;

/**
 * Industries as the small-business law groups them for its size lines. Message keys
 * {@code industry.<NAME>}; the lines themselves are configuration
 * ({@link EligibilityProperties}).
 */
public enum Industry {

	MANUFACTURING, CONSTRUCTION, TRANSPORT, MINING, AGRICULTURE, WHOLESALE_RETAIL, ICT, PROFESSIONAL_SERVICES,
	LODGING_FOOD, EDUCATION, ARTS_LEISURE, OTHER_SERVICES

}
