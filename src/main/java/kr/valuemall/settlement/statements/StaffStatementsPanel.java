package kr.valuemall.settlement.statements;

import org.springframework.stereotype.Component;

import kr.valuemall.seller.StaffSellerPanel;

/**
 * One seller's settlement statements, newest first, for staff and the ministry.
 */
@Component
class StaffStatementsPanel implements StaffSellerPanel {

	static final int SHOWN = 6;

	private final Statements statements;

	StaffStatementsPanel(Statements statements) {
		this.statements = statements;
	}

	@Override
	public String template() {
		return "settlement/staffSellerPanel :: statements";
	}

	@Override
	public Object model(long sellerId) {
		return this.statements.ofSeller(sellerId).stream().limit(SHOWN).toList();
	}

	@Override
	public int order() {
		return 50;
	}

}
