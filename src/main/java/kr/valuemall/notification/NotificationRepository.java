package kr.valuemall.notification;

import java.time.Instant;
import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	Page<Notification> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId, Pageable pageable);

	long countByAccountIdAndReadAtIsNull(long accountId);

	@Modifying
	@Query("update Notification n set n.readAt = :readAt where n.accountId = :accountId and n.readAt is null")
	int markAllRead(long accountId, Instant readAt);

	@Modifying
	@Query("""
			update Notification n set n.readAt = :readAt
			 where n.accountId = :accountId and n.id in :ids and n.readAt is null
			""")
	int markRead(long accountId, Collection<Long> ids, Instant readAt);

}
