package kr.valuemall.settlement.dashboard;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import kr.valuemall.seller.SellerCentrePanel;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.settlement.CommissionCalculator;

/**
 * The seller centre's "3% against 13%" table, worked out by the calculator that settles
 * orders at the rate in force today.
 */
@Component
class CommissionExamplePanel implements SellerCentrePanel {

	/** Typical monthly sales of a small store, from a first sale to a good month. */
	static final List<Long> EXAMPLE_MONTHLY_SALES = List.of(54_000L, 500_000L, 3_000_000L, 10_000_000L);

	private final CommissionCalculator commission;

	private final Clock clock;

	CommissionExamplePanel(CommissionCalculator commission, Clock clock) {
		this.commission = commission;
		this.clock = clock;
	}

	@Override
	public String template() {
		return "settlement/sellerPanel :: commission";
	}

	@Override
	public Object model(StoreSummary store) {
		var now = this.clock.instant();
		List<CommissionExample> examples = EXAMPLE_MONTHLY_SALES.stream()
			.map((amount) -> new CommissionExample(this.commission.splitAt(amount, now),
					this.commission.privateMallSplit(amount)))
			.toList();
		return new Examples(examples, this.commission.splitAt(0, now).ratePercent(),
				this.commission.privateMallSplit(0).ratePercent());
	}

	@Override
	public int order() {
		return 90;
	}

	public record Examples(List<CommissionExample> rows, String rate, String privateMallRate) {

	}

}
