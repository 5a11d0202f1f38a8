package kr.valuemall.order.fulfilment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderRepository extends JpaRepository<Order, Long> {

	Optional<Order> findByIdempotencyKey(UUID idempotencyKey);

	Optional<Order> findByOrderNumber(String orderNumber);

	/**
	 * The order, locked until the transaction ends: one change to its shipments at a
	 * time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from Order o where o.id = ?1")
	Optional<Order> findForUpdate(long id);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from Order o where o.orderNumber = ?1")
	Optional<Order> findByOrderNumberForUpdate(String orderNumber);

	/** A shopper's orders; failed payments are attempts, not orders, and are left out. */
	@Query(value = "select o from Order o where o.shopperId = ?1 and o.status <> kr.valuemall.order.fulfilment.OrderStatus.PAYMENT_FAILED order by o.createdAt desc",
			countQuery = "select count(o) from Order o where o.shopperId = ?1 and o.status <> kr.valuemall.order.fulfilment.OrderStatus.PAYMENT_FAILED")
	Page<Order> findPlacedBy(long shopperId, Pageable pageable);

	@Query("select o.id from Order o where o.paidAt is not null order by o.paidAt, o.id")
	List<Long> findPaidIdsInPaymentOrder();

	@Query("select o.id from Order o where o.status = kr.valuemall.order.fulfilment.OrderStatus.AWAITING_DEPOSIT order by o.createdAt")
	List<Long> findAwaitingDeposit();

	/** The latest orders placed, for the customer service desk's first view. */
	@Query("select o from Order o where o.status <> kr.valuemall.order.fulfilment.OrderStatus.PAYMENT_FAILED order by o.createdAt desc, o.id desc")
	List<Order> findLatest(Pageable pageable);

	@Query("select o from Order o where o.shopperId = ?1 order by o.createdAt desc, o.id desc")
	List<Order> findByShopper(long shopperId, Pageable pageable);

	/** Orders sent to a phone number, compared by its digits alone. */
	@Query(value = "SELECT * FROM customer_order WHERE regexp_replace(phone, '\\D', '', 'g') = ?1 ORDER BY created_at DESC, id DESC LIMIT ?2",
			nativeQuery = true)
	List<Order> findByPhoneDigits(String digits, int limit);

	@Query("select o from Order o where exists (select 1 from Shipment s where s.order = o and s.sellerId in ?1) order by o.createdAt desc, o.id desc")
	List<Order> findBySellers(java.util.Collection<Long> sellerIds, Pageable pageable);

}
