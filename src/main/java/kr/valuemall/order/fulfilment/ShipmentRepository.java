package kr.valuemall.order.fulfilment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import kr.valuemall.order.ShipmentStatus;

interface ShipmentRepository extends Repository<Shipment, Long> {

	/** A seller's shipments in the given states, newest change first. */
	@Query(value = "select s from Shipment s join fetch s.order where s.sellerId = ?1 and s.status in ?2 order by s.updatedAt desc",
			countQuery = "select count(s) from Shipment s where s.sellerId = ?1 and s.status in ?2")
	Page<Shipment> findBySeller(long sellerId, Collection<ShipmentStatus> statuses, Pageable pageable);

	@Query("select s.status, count(s) from Shipment s where s.sellerId = ?1 group by s.status")
	List<Object[]> countByStatus(long sellerId);

	/**
	 * Delivered long enough ago to be confirmed for the shopper: (order id, shipment id).
	 */
	@Query("select s.order.id, s.id from Shipment s where s.status = kr.valuemall.order.ShipmentStatus.DELIVERED and s.deliveredAt < ?1 order by s.deliveredAt")
	List<Object[]> findDeliveredBefore(Instant cutoff, Pageable pageable);

	@Query("select s.order.id from Shipment s where s.id = ?1 and s.sellerId = ?2")
	List<Long> findOrderIdOf(long shipmentId, long sellerId);

}
