package kr.valuemall.report;

/**
 * What origin screening did to a listing, as the reports count it: held (back on hold
 * after shoppers' reports), rejected by staff, reported as imported by a shopper,
 * approved by staff after a hold.
 */
enum OriginOutcome {

	HELD, REJECTED, REPORTED, APPROVED

}
