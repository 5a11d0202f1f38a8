package kr.valuemall.origin.reports;

import java.time.Instant;

/**
 * A shopper's import report, as staff read it.
 */
public record ReportRow(long shopperAccountId, String reason, Instant createdAt) {

	public static ReportRow of(ImportReport report) {
		return new ReportRow(report.getShopperAccountId(), report.getReason(), report.getCreatedAt());
	}

}
