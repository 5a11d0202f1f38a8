package kr.valuemall.origin.review;

import java.time.Instant;
import java.util.List;

import kr.valuemall.origin.ScreeningReason;

/**
 * One line of a listing's audit trail, as the staff pages show it.
 */
public record DecisionRow(long listingId, Instant decidedAt, String actor, boolean byRules, DecisionAction action,
		int score, List<ScreeningReason> reasons, String note) {

	static DecisionRow of(ListingDecision decision) {
		return new DecisionRow(decision.getListingId(), decision.getDecidedAt(), decision.getActor(),
				decision.isByRules(), decision.getAction(), decision.getScore(), decision.getReasons(),
				decision.getNote());
	}

}
