package kr.valuemall.settlement;

import java.time.Instant;

/**
 * One row of a statement: an item line with its commission and the rate it used, a
 * shipping fee (no commission), or a negative adjustment for a refund of a line settled
 * before. For an adjustment {@code amount} and {@code sellerShare} are what is taken
 * back.
 */
public record StatementRow(LineKind kind, String orderNumber, String productName, int quantity, long amount,
		int rateBps, long commission, long sellerShare, Instant at) {

	public String ratePercent() {
		return new CommissionSplit(0, this.rateBps, 0, 0).ratePercent();
	}

	public String messageKey() {
		return "settlement.lineKind." + this.kind.name();
	}

}
