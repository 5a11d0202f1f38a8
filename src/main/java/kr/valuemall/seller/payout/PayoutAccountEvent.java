package kr.valuemall.seller.payout;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kr.valuemall.seller.Bank;

/**
 * One step of a payout account request in its audit trail: who did what, when, from which
 * account to which (bank and last four digits only) and why. Never changed: the table
 * refuses updates and deletes.
 */
@Entity
@Table(name = "seller_payout_account_event")
public class PayoutAccountEvent {

	public enum Action {

		REQUESTED, APPROVED, REJECTED, WITHDRAWN;

		public String messageKey() {
			return "payoutAccount.audit." + name();
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String actor;

	@Enumerated(EnumType.STRING)
	private Action action;

	@Enumerated(EnumType.STRING)
	private Bank fromBank;

	@Column(name = "from_last4")
	private String fromLastFour;

	@Enumerated(EnumType.STRING)
	private Bank toBank;

	@Column(name = "to_last4")
	private String toLastFour;

	private String reason;

	protected PayoutAccountEvent() {
	}

	PayoutAccountEvent(Instant occurredAt, String actor, Action action, Bank fromBank, String fromLastFour, Bank toBank,
			String toLastFour, String reason) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.fromBank = fromBank;
		this.fromLastFour = fromLastFour;
		this.toBank = toBank;
		this.toLastFour = toLastFour;
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

	public Bank getFromBank() {
		return this.fromBank;
	}

	public String getFromMasked() {
		return BankAccountCipher.masked(this.fromLastFour);
	}

	public Bank getToBank() {
		return this.toBank;
	}

	public String getToMasked() {
		return BankAccountCipher.masked(this.toLastFour);
	}

	public String getReason() {
		return this.reason;
	}

}
