package kr.valuemall.order.payment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RefundRepository extends ListCrudRepository<Refund, Long> {

	List<Refund> findByOrderIdOrderById(long orderId);

	List<Refund> findByOrderIdInOrderById(Collection<Long> orderIds);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Refund r where r.id = ?1")
	Optional<Refund> findForUpdate(long id);

	/** Card refunds whose next try is due. */
	@Query("select r.id from Refund r where r.status = kr.valuemall.order.payment.RefundStatus.PENDING and r.nextAttemptAt <= ?1 order by r.nextAttemptAt")
	List<Long> findDue(Instant now, Pageable page);

	List<Refund> findByStatusInOrderByCreatedAt(Collection<RefundStatus> statuses);

	List<Refund> findByTransferFileIdOrderById(long transferFileId);

	List<Refund> findByOrderIdAndStatus(long orderId, RefundStatus status);

}
