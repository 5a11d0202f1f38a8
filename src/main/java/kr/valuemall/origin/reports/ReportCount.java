package kr.valuemall.origin.reports;

/**
 * How many unanswered import reports a listing has.
 */
public record ReportCount(Long listingId, Long reports) {

}
