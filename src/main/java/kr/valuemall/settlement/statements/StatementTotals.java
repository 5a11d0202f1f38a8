package kr.valuemall.settlement.statements;

import java.util.List;

import kr.valuemall.settlement.CommissionCalculator;

/**
 * What a statement adds up to. Pure, so tests check the same arithmetic the runs use:
 * {@code net = item shares + shipping + adjustments + carried in}; a positive net is paid
 * out, a negative one is carried forward and never paid.
 */
public record StatementTotals(long itemTotal, long shippingTotal, long commissionTotal, long adjustmentTotal,
		long carriedIn, int referenceBps, long referenceCommission) {

	public static StatementTotals of(List<LineAmount> lines, List<Long> adjustments, long carriedIn, int referenceBps) {
		long items = 0;
		long shipping = 0;
		long commission = 0;
		long reference = 0;
		for (LineAmount line : lines) {
			if (line.shipping()) {
				shipping += line.amount();
			}
			else {
				items += line.amount();
				commission += line.commission();
				reference += CommissionCalculator.split(line.amount(), referenceBps).commission();
			}
		}
		long adjustment = adjustments.stream().mapToLong(Long::longValue).sum();
		return new StatementTotals(items, shipping, commission, adjustment, carriedIn, referenceBps, reference);
	}

	public long net() {
		return this.itemTotal - this.commissionTotal + this.shippingTotal + this.adjustmentTotal + this.carriedIn;
	}

	public long payout() {
		return Math.max(net(), 0);
	}

	public long carriedOut() {
		return Math.min(net(), 0);
	}

	/** An item line (with its commission) or a shipping fee (none). */
	public record LineAmount(boolean shipping, long amount, long commission) {

	}

}
