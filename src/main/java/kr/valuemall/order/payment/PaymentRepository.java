package kr.valuemall.order.payment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface PaymentRepository extends ListCrudRepository<Payment, Long> {

	Optional<Payment> findByOrderId(long orderId);

	/** Calls that got no answer, or were never answered because an instance stopped. */
	@Query("select p from Payment p where p.status in (kr.valuemall.order.payment.PaymentStatus.UNKNOWN, kr.valuemall.order.payment.PaymentStatus.REQUESTED) and p.requestedAt < ?1 order by p.requestedAt")
	List<Payment> findUnsettledBefore(Instant cutoff);

	@Query("select p from Payment p where p.status = kr.valuemall.order.payment.PaymentStatus.AWAITING_DEPOSIT and p.depositDeadline < ?1 order by p.depositDeadline")
	List<Payment> findDepositsOverdue(Instant now);

}
