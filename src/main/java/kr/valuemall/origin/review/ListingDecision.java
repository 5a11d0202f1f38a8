package kr.valuemall.origin.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kr.valuemall.origin.ScreeningReason;

/**
 * One line of the audit trail: who or which rules decided what about a listing, when,
 * with what score and reasons. Written once, never changed.
 */
@Entity
@Table(name = "listing_decision")
public class ListingDecision {

	public static final String RULES = "RULES";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "listing_id", updatable = false)
	private long listingId;

	@Column(name = "decided_at", updatable = false)
	private Instant decidedAt;

	@Column(updatable = false)
	private String actor;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private DecisionAction action;

	@Column(updatable = false)
	private int score;

	@Convert(converter = ReasonsConverter.class)
	@Column(updatable = false)
	private List<ScreeningReason> reasons = new ArrayList<>();

	@Column(updatable = false)
	private String note;

	protected ListingDecision() {
	}

	private ListingDecision(long listingId, Instant decidedAt, String actor, DecisionAction action, int score,
			List<ScreeningReason> reasons, String note) {
		this.listingId = listingId;
		this.decidedAt = decidedAt;
		this.actor = actor;
		this.action = action;
		this.score = score;
		this.reasons = new ArrayList<>(reasons);
		this.note = note;
	}

	public static ListingDecision of(ReviewedListing listing, DecisionAction action, String actor, String note,
			Instant decidedAt) {
		return new ListingDecision(listing.getListingId(), decidedAt, actor, action, listing.getScore(),
				listing.getReasons(), note);
	}

	Long getId() {
		return this.id;
	}

	long getListingId() {
		return this.listingId;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

	String getActor() {
		return this.actor;
	}

	DecisionAction getAction() {
		return this.action;
	}

	int getScore() {
		return this.score;
	}

	List<ScreeningReason> getReasons() {
		return List.copyOf(this.reasons);
	}

	String getNote() {
		return this.note;
	}

	boolean isByRules() {
		return RULES.equals(this.actor);
	}

}
