package kr.valuemall.origin;

/**
 * How many unanswered import reports a listing has.
 */
record ReportCount(Long listingId, Long reports) {

}
