package kr.valuemall.seller.payout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import kr.valuemall.seller.Bank;
import kr.valuemall.seller.PayoutAccountChangeDecided;
import kr.valuemall.seller.PayoutAccountChangeRequested;

/**
 * A seller's request to be paid into another account, from the request to staff's
 * decision. It checks its own transitions (only a pending request is decided or
 * withdrawn, a rejection needs its reason), keeps its audit trail and registers the
 * events settlement and notifications follow.
 */
@Entity
@Table(name = "seller_payout_account_change")
public class PayoutAccountChange extends AbstractAggregateRoot<PayoutAccountChange> {

	public enum Status {

		PENDING, APPROVED, REJECTED, WITHDRAWN;

		public String messageKey() {
			return "payoutAccount.status." + name();
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long sellerId;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Enumerated(EnumType.STRING)
	private Bank bank;

	@Column(name = "bank_account_encrypted")
	private String bankAccountEncrypted;

	@Column(name = "bank_account_last4")
	private String bankAccountLastFour;

	private String accountHolder;

	@Enumerated(EnumType.STRING)
	private Bank previousBank;

	@Column(name = "previous_last4")
	private String previousLastFour;

	private String previousHolder;

	private Instant requestedAt;

	private String requestedBy;

	private Instant decidedAt;

	private String decidedBy;

	private String decisionReason;

	@Version
	private long version;

	// MERGE too: saving the aggregate to publish its events merges it, and a new line of
	// the trail must travel with it. Never REMOVE: the trail is append-only.
	@OneToMany(cascade = { CascadeType.PERSIST, CascadeType.MERGE })
	@JoinColumn(name = "change_id", nullable = false, updatable = false)
	@OrderBy("occurredAt, id")
	private List<PayoutAccountEvent> events = new ArrayList<>();

	protected PayoutAccountChange() {
	}

	/**
	 * A request to move the store's payouts from {@code current} to {@code requested},
	 * waiting for staff.
	 */
	PayoutAccountChange(long sellerId, AccountOnFile current, RequestedAccount requested, String seller, Instant now) {
		this.sellerId = sellerId;
		this.status = Status.PENDING;
		this.bank = requested.bank();
		this.bankAccountEncrypted = requested.encryptedNumber();
		this.bankAccountLastFour = requested.lastFour();
		this.accountHolder = requested.holder();
		this.previousBank = current.bank();
		this.previousLastFour = current.lastFour();
		this.previousHolder = current.holder();
		this.requestedAt = now;
		this.requestedBy = seller;
		record(PayoutAccountEvent.Action.REQUESTED, seller, null, now);
	}

	/**
	 * Called once the request has its id (after the first save): the event names it.
	 */
	PayoutAccountChange announced() {
		registerEvent(new PayoutAccountChangeRequested(this.id, this.sellerId, this.requestedAt));
		return this;
	}

	void approve(String staff, Instant now) {
		requirePending("approve");
		decide(Status.APPROVED, PayoutAccountEvent.Action.APPROVED, staff, null, now);
	}

	void reject(String staff, String reason, Instant now) {
		requirePending("reject");
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A reason is required");
		}
		decide(Status.REJECTED, PayoutAccountEvent.Action.REJECTED, staff, reason.strip(), now);
	}

	void withdraw(String seller, Instant now) {
		requirePending("withdraw");
		decide(Status.WITHDRAWN, PayoutAccountEvent.Action.WITHDRAWN, seller, null, now);
	}

	private void decide(Status next, PayoutAccountEvent.Action action, String actor, String reason, Instant now) {
		this.status = next;
		this.decidedAt = now;
		this.decidedBy = actor;
		this.decisionReason = reason;
		record(action, actor, reason, now);
		registerEvent(new PayoutAccountChangeDecided(this.id, this.sellerId,
				PayoutAccountChangeDecided.Outcome.valueOf(next.name()), this.bank, this.bankAccountLastFour, reason,
				now));
	}

	private void record(PayoutAccountEvent.Action action, String actor, String reason, Instant now) {
		this.events.add(new PayoutAccountEvent(now, actor, action, this.previousBank, this.previousLastFour, this.bank,
				this.bankAccountLastFour, reason));
	}

	private void requirePending(String action) {
		if (this.status != Status.PENDING) {
			throw PayoutAccountChangeNotAllowed.of(this.id, this.status, action);
		}
	}

	/** The account asked for, encrypted as the store keeps it. */
	RequestedAccount requested() {
		return new RequestedAccount(this.bank, this.bankAccountEncrypted, this.bankAccountLastFour, this.accountHolder);
	}

	public boolean isPending() {
		return this.status == Status.PENDING;
	}

	public Long getId() {
		return this.id;
	}

	public long getSellerId() {
		return this.sellerId;
	}

	public Status getStatus() {
		return this.status;
	}

	public Bank getBank() {
		return this.bank;
	}

	public String getMaskedAccountNumber() {
		return BankAccountCipher.masked(this.bankAccountLastFour);
	}

	public String getAccountHolder() {
		return this.accountHolder;
	}

	public Bank getPreviousBank() {
		return this.previousBank;
	}

	public String getPreviousMaskedAccountNumber() {
		return BankAccountCipher.masked(this.previousLastFour);
	}

	public String getPreviousHolder() {
		return this.previousHolder;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public String getDecisionReason() {
		return this.decisionReason;
	}

	public List<PayoutAccountEvent> getEvents() {
		return this.events;
	}

	/** The store's account when the request was made. */
	record AccountOnFile(Bank bank, String lastFour, String holder) {

	}

	/**
	 * An account as the seller asked for it: the number is already encrypted, only its
	 * last four digits in clear.
	 */
	record RequestedAccount(Bank bank, String encryptedNumber, String lastFour, String holder) {

	}

}
