package kr.valuemall.origin.review;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/** Append-only: decisions are saved and read, never changed or deleted. */
public interface ListingDecisionRepository extends Repository<ListingDecision, Long> {

	ListingDecision save(ListingDecision decision);

	List<ListingDecision> findByListingIdOrderByDecidedAtAscIdAsc(long listingId);

	List<ListingDecision> findByActionInOrderByDecidedAtDescIdDesc(Collection<DecisionAction> actions, Limit limit);

}
