package kr.valuemall.seller.application;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of an application's audit trail: who did what, when, and why (for a store's
 * rename, the old and the new name). Never changed.
 */
@Entity
@Table(name = "seller_application_event")
public class ApplicationHistoryEntry {

	public enum Action {

		SUBMITTED, RESUBMITTED, APPROVED, REJECTED, CHANGES_REQUESTED, STORE_RENAMED, SUSPENDED, REINSTATED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String actor;

	@Enumerated(EnumType.STRING)
	private Action action;

	private String reason;

	protected ApplicationHistoryEntry() {
	}

	ApplicationHistoryEntry(Instant occurredAt, String actor, Action action, String reason) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.reason = reason;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public Action getAction() {
		return this.action;
	}

	public String getReason() {
		return this.reason;
	}

}
