package kr.valuemall.settlement.dashboard;

import kr.valuemall.settlement.CommissionSplit;

/**
 * One row of the seller centre's comparison: the same sales at the mall's rate and at a
 * private mall's.
 */
public record CommissionExample(CommissionSplit valueMall, CommissionSplit privateMall) {

	public long sales() {
		return this.valueMall.itemAmount();
	}

	public long saved() {
		return this.privateMall.commission() - this.valueMall.commission();
	}

}
