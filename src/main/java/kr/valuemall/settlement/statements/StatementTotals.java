package kr.valuemall.settlement;

import java.util.List;

/**
 * What a statement adds up to. Pure, so tests check the same arithmetic the runs use:
 * {@code net = item shares + shipping + adjustments + carried in}; a positive net is paid
 * out, a negative one is carried forward and never paid.
 */
record StatementTotals(long itemTotal, long shippingTotal, long commissionTotal, long adjustmentTotal, long carriedIn,
		int referenceBps, long referenceCommission) {

	static StatementTotals of(List<LineAmount> lines, List<Long> adjustments, long carriedIn, int referenceBps) {
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

	long net() {
		return this.itemTotal - this.commissionTotal + this.shippingTotal + this.adjustmentTotal + this.carriedIn;
	}

	long payout() {
		return Math.max(net(), 0);
	}

	long carriedOut() {
		return Math.min(net(), 0);
	}

	/** An item line (with its commission) or a shipping fee (none). */
	record LineAmount(boolean shipping, long amount, long commission) {

	}

}
