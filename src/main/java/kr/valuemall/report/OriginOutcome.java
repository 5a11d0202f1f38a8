package kr.valuemall.report;

/**
 * What origin screening did to a listing, as the reports count it: held by the screening
 * rules (at publishing or after an edit), held again after shoppers' reports, rejected by
 * staff, reported as imported by a shopper, approved by staff after a hold. Holds counted
 * before the two kinds were told apart are all {@code HELD}.
 */
enum OriginOutcome {

	HELD, REPORT_HELD, REJECTED, REPORTED, APPROVED

}
