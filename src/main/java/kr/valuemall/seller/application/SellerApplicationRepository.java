package kr.valuemall.seller.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SellerApplicationRepository extends JpaRepository<SellerApplication, Long> {

	Optional<SellerApplication> findByAccountId(long accountId);

	List<SellerApplication> findByStatusOrderBySubmittedAtAsc(ApplicationStatus status);

	long countByStatus(ApplicationStatus status);

	@Query("""
			select a from SellerApplication a
			where lower(a.storeSlug) = lower(:slug) and a.status = kr.valuemall.seller.application.ApplicationStatus.APPROVED
			""")
	Optional<SellerApplication> findApprovedBySlug(String slug);

	@Query("select a from SellerApplication a where a.status = kr.valuemall.seller.application.ApplicationStatus.APPROVED order by a.approvedAt desc")
	List<SellerApplication> findApprovedNewestFirst(Limit limit);

	@Query("select a from SellerApplication a where a.status = kr.valuemall.seller.application.ApplicationStatus.APPROVED order by a.approvedAt, a.id")
	List<SellerApplication> findApprovedOldestFirst();

	@Query("select a from SellerApplication a where a.id in :ids and a.status = kr.valuemall.seller.application.ApplicationStatus.APPROVED")
	List<SellerApplication> findApprovedByIdIn(Collection<Long> ids);

	@Query("""
			select count(a) > 0 from SellerApplication a
			where a.businessRegistrationNumber = :digits and a.status <> kr.valuemall.seller.application.ApplicationStatus.REJECTED
			  and (:ownId is null or a.id <> :ownId)
			""")
	boolean registrationNumberTaken(String digits, Long ownId);

	@Query("""
			select count(a) > 0 from SellerApplication a
			where lower(a.storeSlug) = lower(:slug) and a.status <> kr.valuemall.seller.application.ApplicationStatus.REJECTED
			  and (:ownId is null or a.id <> :ownId)
			""")
	boolean storeSlugTaken(String slug, Long ownId);

}
