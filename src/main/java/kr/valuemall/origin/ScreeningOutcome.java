package kr.valuemall.origin;

import java.util.List;

/**
 * The answer of screening: live when the score stays under the threshold, held otherwise,
 * with every rule that fired.
 */
public record ScreeningOutcome(ReviewStatus status, int score, int threshold, List<ScreeningReason> reasons) {

	public ScreeningOutcome {
		reasons = List.copyOf(reasons);
	}

	public boolean isLive() {
		return this.status == ReviewStatus.LIVE;
	}

}
