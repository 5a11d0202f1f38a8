package kr.valuemall.origin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.origin.reports.ImportReportRepository;
import kr.valuemall.origin.review.DecisionAction;
import kr.valuemall.origin.review.ListingDecision;
import kr.valuemall.origin.review.ListingDecisionRepository;
import kr.valuemall.origin.review.ListingReviewNotFound;
import kr.valuemall.origin.review.ReviewedListing;
import kr.valuemall.origin.review.ReviewedListingRepository;
import kr.valuemall.origin.rules.OriginRules;
import kr.valuemall.origin.screening.OriginScreening;
import kr.valuemall.origin.screening.ReasonCode;
import kr.valuemall.origin.screening.ScreeningSettings;

/**
 * What the catalog asks of origin screening: screen a listing before it goes live, tell
 * where listings stand, and take shoppers' import reports.
 */
@Service
public class OriginApi {

	private final ReviewedListingRepository listings;

	private final ListingDecisionRepository decisions;

	private final ImportReportRepository reports;

	private final OriginRules rules;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OriginApi(ReviewedListingRepository listings, ListingDecisionRepository decisions, ImportReportRepository reports,
			OriginRules rules, ApplicationEventPublisher events, Clock clock) {
		this.listings = listings;
		this.decisions = decisions;
		this.reports = reports;
		this.rules = rules;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Screens a listing being published, or edited while live, and records the automatic
	 * decision. Answers LIVE when the score stays under the threshold, HELD otherwise; a
	 * declaration that is not domestic or not attested is always HELD. A rejected listing
	 * that the seller edits is screened again like a new one.
	 */
	@Transactional
	public ScreeningOutcome screen(ListingDeclaration declaration) {
		Instant now = this.clock.instant();
		String fingerprint = OriginScreening.fingerprint(declaration.name(), declaration.description());
		ReviewedListing listing = this.listings.lockById(declaration.listingId())
			.orElseGet(() -> ReviewedListing.of(declaration.listingId()));
		long otherSellers = this.listings.countOtherSellersWithText(fingerprint, declaration.sellerId(),
				declaration.listingId());
		ScreeningOutcome outcome = OriginScreening.screen(declaration, this.rules.ruleBook(), otherSellers,
				activeReports(listing));
		ReviewStatus before = listing.getStatus();
		if ((before == ReviewStatus.HELD || before == ReviewStatus.REJECTED) && outcome.isLive()) {
			// Editing away the words that held it must not release it: staff decide.
			List<ScreeningReason> reasons = new ArrayList<>(outcome.reasons());
			reasons.add(ReasonCode.AWAITING_STAFF.reason(before.name(), 0));
			outcome = new ScreeningOutcome(ReviewStatus.HELD, outcome.score(), outcome.threshold(),
					List.copyOf(reasons));
		}
		DecisionAction action = listing.screened(declaration, fingerprint, outcome, now);
		this.listings.save(listing);
		this.decisions.save(ListingDecision.of(listing, action, ListingDecision.RULES, null, now));
		if (before != ReviewStatus.HELD && listing.getStatus() == ReviewStatus.HELD) {
			// Held by the rules at publishing or after an edit: counted with report
			// holds.
			this.events.publishEvent(new ListingHeld(listing.getListingId(),
					outcome.reasons().stream().map(ScreeningReason::code).toList(), now));
		}
		return outcome;
	}

	/** Listings waiting for a staff decision. */
	@Transactional(readOnly = true)
	public long heldListings() {
		return this.listings.countByStatus(ReviewStatus.HELD);
	}

	@Transactional(readOnly = true)
	public Optional<ListingReview> reviewOf(long listingId) {
		return this.listings.findById(listingId).map(ReviewedListing::view);
	}

	/**
	 * Where each of these listings stands, in one query; unknown listings are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, ListingReview> reviewsOf(Collection<Long> listingIds) {
		if (listingIds.isEmpty()) {
			return Map.of();
		}
		return this.listings.findAllById(listingIds)
			.stream()
			.map(ReviewedListing::view)
			.collect(Collectors.toMap(ListingReview::listingId, Function.identity()));
	}

	/**
	 * A signed-in shopper reports a listing on sale as imported. Answers false when this
	 * shopper already reported it; a listing that is not on sale cannot be reported (so
	 * nobody can hold listings before they are even published). When a live listing
	 * reaches the configured number of reports it goes back on hold.
	 */
	@Transactional
	public boolean reportImport(long listingId, long shopperAccountId, String reason) {
		Instant now = this.clock.instant();
		Optional<ReviewedListing> reviewed = this.listings.lockById(listingId)
			.filter((listing) -> listing.getStatus() == ReviewStatus.LIVE);
		if (reviewed.isEmpty()) {
			throw ListingReviewNotFound.of(listingId);
		}
		if (this.reports.insertUnlessReported(listingId, shopperAccountId, reason.strip(), now) == 0) {
			return false;
		}
		this.events.publishEvent(new ImportReported(listingId, now));
		reviewed.filter((listing) -> listing.getStatus() == ReviewStatus.LIVE).ifPresent((listing) -> {
			long active = activeReports(listing);
			ScreeningSettings settings = this.rules.settings();
			if (active >= settings.reportsToHold()) {
				listing.holdForReports(
						ReasonCode.IMPORT_REPORTS.reason(String.valueOf(active), settings.importReportsPoints()), now);
				this.decisions
					.save(ListingDecision.of(listing, DecisionAction.REPORT_HOLD, ListingDecision.RULES, null, now));
				this.events.publishEvent(new ListingHeld(listingId,
						listing.getReasons().stream().map(ScreeningReason::code).toList(), now));
			}
		});
		return true;
	}

	private long activeReports(ReviewedListing listing) {
		Long listingId = listing.getListingId();
		Instant cleared = listing.getReportsClearedAt();
		return (cleared != null) ? this.reports.countByListingIdAndCreatedAtAfter(listingId, cleared)
				: this.reports.countByListingId(listingId);
	}

}
