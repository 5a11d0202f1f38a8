package kr.valuemall.origin;

import java.time.Instant;

/**
 * A shopper's import report, as staff read it.
 */
record ReportRow(long shopperAccountId, String reason, Instant createdAt) {

	static ReportRow of(ImportReport report) {
		return new ReportRow(report.getShopperAccountId(), report.getReason(), report.getCreatedAt());
	}

}
