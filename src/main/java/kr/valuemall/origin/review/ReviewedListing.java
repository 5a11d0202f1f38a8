package kr.valuemall.origin.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.shared.Region;
import kr.valuemall.origin.ListingDeclaration;
import kr.valuemall.origin.ListingReview;
import kr.valuemall.origin.ReviewStatus;
import kr.valuemall.origin.ScreeningOutcome;
import kr.valuemall.origin.ScreeningReason;

/**
 * A listing as origin screening sees it: a snapshot of what was screened, where it stands
 * and why. It checks its own transitions: staff approve only what is held, reports hold
 * only what is live, and a seller's edit screens it again from wherever it stood.
 */
@Entity
@Table(name = "listing_review")
public class ReviewedListing {

	@Id
	@Column(name = "listing_id")
	private Long listingId;

	@Column(name = "seller_id")
	private long sellerId;

	@Column(name = "store_name")
	private String storeName;

	private String name;

	@Column(name = "category_slug")
	private String categorySlug;

	private long price;

	private String description;

	private String manufacturer;

	@Enumerated(EnumType.STRING)
	@Column(name = "made_region")
	private Region madeRegion;

	@Enumerated(EnumType.STRING)
	@Column(name = "maker_role")
	private MakerRole makerRole;

	@Enumerated(EnumType.STRING)
	@Column(name = "origin_kind")
	private OriginKind originKind;

	@Enumerated(EnumType.STRING)
	private ReviewStatus status;

	private int score;

	@Convert(converter = ReasonsConverter.class)
	private List<ScreeningReason> reasons = new ArrayList<>();

	private String fingerprint;

	@Column(name = "staff_reason")
	private String staffReason;

	@Column(name = "reports_cleared_at")
	private Instant reportsClearedAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private Long version;

	protected ReviewedListing() {
	}

	private ReviewedListing(long listingId) {
		this.listingId = listingId;
	}

	public static ReviewedListing of(long listingId) {
		return new ReviewedListing(listingId);
	}

	/**
	 * A new or edited listing, screened: it goes live or is held, whatever it was before.
	 */
	public DecisionAction screened(ListingDeclaration declaration, String fingerprint, ScreeningOutcome outcome,
			Instant now) {
		this.sellerId = declaration.sellerId();
		this.storeName = truncate(declaration.storeName(), 100);
		this.name = truncate(declaration.name(), 200);
		this.categorySlug = truncate(declaration.categorySlug(), 60);
		this.price = declaration.price();
		this.description = truncate(declaration.description(), 5000);
		this.manufacturer = (declaration.manufacturer() != null) ? truncate(declaration.manufacturer(), 100) : null;
		this.madeRegion = declaration.region();
		this.makerRole = declaration.makerRole();
		this.originKind = declaration.originKind();
		this.fingerprint = fingerprint;
		this.status = outcome.status();
		this.score = outcome.score();
		this.reasons = new ArrayList<>(outcome.reasons());
		this.staffReason = null;
		this.updatedAt = now;
		return outcome.isLive() ? DecisionAction.AUTO_PASS : DecisionAction.AUTO_HOLD;
	}

	/** Staff found a held listing domestic; the reports that held it are answered. */
	void approve(Instant now) {
		require(ReviewStatus.HELD, DecisionAction.APPROVED);
		this.status = ReviewStatus.LIVE;
		this.staffReason = null;
		this.reportsClearedAt = now;
		this.updatedAt = now;
	}

	/** Staff refuse a held or live listing; the seller reads the reason. */
	void reject(String reason, Instant now) {
		if (this.status == ReviewStatus.REJECTED) {
			throw IllegalReviewTransition.of(this.listingId, this.status, DecisionAction.REJECTED);
		}
		this.status = ReviewStatus.REJECTED;
		this.staffReason = reason;
		this.updatedAt = now;
	}

	/** Enough shoppers reported a live listing as imported: back on hold. */
	public void holdForReports(ScreeningReason reports, Instant now) {
		require(ReviewStatus.LIVE, DecisionAction.REPORT_HOLD);
		this.status = ReviewStatus.HELD;
		List<ScreeningReason> updated = new ArrayList<>(this.reasons);
		updated.removeIf((reason) -> reason.code().equals(reports.code()));
		updated.add(reports);
		this.reasons = updated;
		this.score = updated.stream().mapToInt(ScreeningReason::points).sum();
		this.updatedAt = now;
	}

	private void require(ReviewStatus expected, DecisionAction action) {
		if (this.status != expected) {
			throw IllegalReviewTransition.of(this.listingId, this.status, action);
		}
	}

	private static String truncate(String text, int max) {
		String value = (text != null) ? text : "";
		return (value.length() > max) ? value.substring(0, max) : value;
	}

	public ListingReview view() {
		return new ListingReview(this.listingId, this.status, this.score, this.reasons, this.staffReason,
				this.updatedAt);
	}

	public Long getListingId() {
		return this.listingId;
	}

	long getSellerId() {
		return this.sellerId;
	}

	String getStoreName() {
		return this.storeName;
	}

	String getName() {
		return this.name;
	}

	String getDescription() {
		return this.description;
	}

	String getManufacturer() {
		return this.manufacturer;
	}

	Region getMadeRegion() {
		return this.madeRegion;
	}

	MakerRole getMakerRole() {
		return this.makerRole;
	}

	OriginKind getOriginKind() {
		return this.originKind;
	}

	String getCategorySlug() {
		return this.categorySlug;
	}

	long getPrice() {
		return this.price;
	}

	public ReviewStatus getStatus() {
		return this.status;
	}

	int getScore() {
		return this.score;
	}

	public List<ScreeningReason> getReasons() {
		return List.copyOf(this.reasons);
	}

	String getStaffReason() {
		return this.staffReason;
	}

	public Instant getReportsClearedAt() {
		return this.reportsClearedAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
