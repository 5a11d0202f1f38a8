package kr.valuemall.origin.reports;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ImportReportRepository extends JpaRepository<ImportReport, Long> {

	/**
	 * Records a report unless this shopper already reported the listing; answers 1 or 0.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into import_report (listing_id, shopper_account_id, reason, created_at)
			values (:listingId, :shopperAccountId, :reason, :createdAt)
			on conflict (listing_id, shopper_account_id) do nothing
			""")
	int insertUnlessReported(long listingId, long shopperAccountId, String reason, Instant createdAt);

	long countByListingId(long listingId);

	long countByListingIdAndCreatedAtAfter(long listingId, Instant after);

	List<ImportReport> findByListingIdOrderByCreatedAtAsc(long listingId);

	/** Reports not yet answered by a staff approval, per listing. */
	@Query("""
			select new kr.valuemall.origin.reports.ReportCount(l.listingId, count(r)) from ImportReport r, ReviewedListing l
			 where l.listingId = r.listingId and l.listingId in :listingIds
			   and (l.reportsClearedAt is null or r.createdAt > l.reportsClearedAt)
			 group by l.listingId
			""")
	List<ReportCount> countActive(Collection<Long> listingIds);

	/**
	 * Listings with reports not yet answered by a staff approval, most reported first.
	 */
	@Query("""
			select new kr.valuemall.origin.reports.ReportCount(l.listingId, count(r)) from ImportReport r, ReviewedListing l
			 where l.listingId = r.listingId
			   and (l.reportsClearedAt is null or r.createdAt > l.reportsClearedAt)
			 group by l.listingId
			 order by count(r) desc, l.listingId
			""")
	List<ReportCount> findReported();

}
