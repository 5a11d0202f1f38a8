package kr.valuemall.origin.review;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;

import kr.valuemall.origin.ListingApproved;
import kr.valuemall.origin.ListingRejected;
import kr.valuemall.origin.ReviewStatus;
import kr.valuemall.origin.reports.ImportReportRepository;
import kr.valuemall.origin.reports.ReportCount;
import kr.valuemall.origin.reports.ReportRow;
import kr.valuemall.web.ChangedSinceSeen;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's work on held listings: the queue, a listing's trail, and the decisions.
 */
@Service
public class ListingReviewDesk {

	static final int RECENT_DECISIONS = 50;

	private final ReviewedListingRepository listings;

	private final ListingDecisionRepository decisions;

	private final ImportReportRepository reports;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ListingReviewDesk(ReviewedListingRepository listings, ListingDecisionRepository decisions,
			ImportReportRepository reports, ApplicationEventPublisher events, Clock clock) {
		this.listings = listings;
		this.decisions = decisions;
		this.reports = reports;
		this.events = events;
		this.clock = clock;
	}

	/** Held listings, the longest waiting first. */
	@Transactional(readOnly = true)
	public List<ReviewRow> heldQueue() {
		List<ReviewedListing> held = this.listings.findByStatusOrderByUpdatedAtAscListingIdAsc(ReviewStatus.HELD);
		if (held.isEmpty()) {
			return List.of();
		}
		Map<Long, Long> counts = this.reports.countActive(held.stream().map(ReviewedListing::getListingId).toList())
			.stream()
			.collect(Collectors.toMap(ReportCount::listingId, ReportCount::reports));
		return held.stream()
			.map((listing) -> ReviewRow.of(listing, counts.getOrDefault(listing.getListingId(), 0L)))
			.toList();
	}

	/**
	 * Listings with unanswered import reports, whatever their state, most reported first.
	 */
	@Transactional(readOnly = true)
	public List<ReviewRow> reported() {
		List<ReportCount> counts = this.reports.findReported();
		Map<Long, ReviewedListing> byId = this.listings
			.findAllById(counts.stream().map(ReportCount::listingId).toList())
			.stream()
			.collect(Collectors.toMap(ReviewedListing::getListingId, (listing) -> listing));
		return counts.stream()
			.filter((count) -> byId.containsKey(count.listingId()))
			.map((count) -> ReviewRow.of(byId.get(count.listingId()), count.reports()))
			.toList();
	}

	/**
	 * The latest decisions by staff and by reports; automatic screening is in each trail.
	 */
	@Transactional(readOnly = true)
	public List<DecisionRow> recentDecisions() {
		return this.decisions
			.findByActionInOrderByDecidedAtDescIdDesc(
					EnumSet.of(DecisionAction.APPROVED, DecisionAction.REJECTED, DecisionAction.REPORT_HOLD),
					Limit.of(RECENT_DECISIONS))
			.stream()
			.map(DecisionRow::of)
			.toList();
	}

	@Transactional(readOnly = true)
	public ReviewRow listing(long listingId) {
		ReviewedListing listing = this.listings.findById(listingId)
			.orElseThrow(() -> ListingReviewNotFound.of(listingId));
		long active = this.reports.countActive(List.of(listingId)).stream().mapToLong(ReportCount::reports).sum();
		return ReviewRow.of(listing, active);
	}

	/**
	 * The listing's text with the words that fired marked, its declaration, and the
	 * seller's other listings.
	 */
	@Transactional(readOnly = true)
	public ScreenedListing text(long listingId) {
		ReviewedListing listing = this.listings.findById(listingId)
			.orElseThrow(() -> ListingReviewNotFound.of(listingId));
		return ScreenedListing.of(listing,
				this.listings.findTop20BySellerIdAndListingIdNotOrderByUpdatedAtDesc(listing.getSellerId(), listingId));
	}

	@Transactional(readOnly = true)
	public List<DecisionRow> trail(long listingId) {
		return this.decisions.findByListingIdOrderByDecidedAtAscIdAsc(listingId).stream().map(DecisionRow::of).toList();
	}

	@Transactional(readOnly = true)
	public List<ReportRow> reports(long listingId) {
		return this.reports.findByListingIdOrderByCreatedAtAsc(listingId).stream().map(ReportRow::of).toList();
	}

	/** Staff found a held listing domestic: it goes live. */
	@Transactional
	public void approve(long listingId, String staffEmail) {
		approve(listingId, staffEmail, null);
	}

	/**
	 * As above, refused when the listing changed after staff saw it ({@code seen}, epoch
	 * ms).
	 */
	@Transactional
	public void approve(long listingId, String staffEmail, Long seen) {
		Instant now = this.clock.instant();
		ReviewedListing listing = this.listings.lockById(listingId)
			.orElseThrow(() -> ListingReviewNotFound.of(listingId));
		ChangedSinceSeen.check("Listing " + listingId, listing.getUpdatedAt(), seen);
		listing.approve(now);
		this.decisions.save(ListingDecision.of(listing, DecisionAction.APPROVED, staffEmail, null, now));
		this.events.publishEvent(new ListingApproved(listingId, now));
	}

	/** Staff refuse a listing, with the reason the seller will read. */
	@Transactional
	public void reject(long listingId, String staffEmail, String reason) {
		reject(listingId, staffEmail, reason, null);
	}

	@Transactional
	public void reject(long listingId, String staffEmail, String reason, Long seen) {
		Instant now = this.clock.instant();
		ReviewedListing listing = this.listings.lockById(listingId)
			.orElseThrow(() -> ListingReviewNotFound.of(listingId));
		ChangedSinceSeen.check("Listing " + listingId, listing.getUpdatedAt(), seen);
		String staffReason = reason.strip();
		listing.reject(staffReason, now);
		this.decisions.save(ListingDecision.of(listing, DecisionAction.REJECTED, staffEmail, staffReason, now));
		this.events.publishEvent(new ListingRejected(listingId, staffReason, now));
	}

}
