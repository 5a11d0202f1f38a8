package kr.valuemall.seller.payout;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PayoutAccountChangeRepository extends JpaRepository<PayoutAccountChange, Long> {

	@Query("""
			select c from PayoutAccountChange c
			where c.sellerId = :sellerId and c.status = kr.valuemall.seller.payout.PayoutAccountChange.Status.PENDING
			""")
	Optional<PayoutAccountChange> findPending(long sellerId);

	@Query("""
			select c from PayoutAccountChange c
			where c.sellerId in :sellerIds and c.status = kr.valuemall.seller.payout.PayoutAccountChange.Status.PENDING
			""")
	List<PayoutAccountChange> findPendingOf(Collection<Long> sellerIds);

	List<PayoutAccountChange> findBySellerIdOrderByRequestedAtDescIdDesc(long sellerId);

	List<PayoutAccountChange> findByStatusOrderByRequestedAtAscIdAsc(PayoutAccountChange.Status status);

	@Query("""
			select c from PayoutAccountChange c
			where c.status <> kr.valuemall.seller.payout.PayoutAccountChange.Status.PENDING
			order by c.decidedAt desc, c.id desc
			""")
	List<PayoutAccountChange> findDecidedNewestFirst(Limit limit);

	Optional<PayoutAccountChange> findByIdAndSellerId(long id, long sellerId);

	long countByStatus(PayoutAccountChange.Status status);

}
