package kr.valuemall.seller.application;

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
import kr.valuemall.seller.BusinessRegistrationNumber;
import kr.valuemall.seller.StoreDetailsChanged;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.seller.eligibility.Industry;
import kr.valuemall.seller.payout.BankAccountCipher;
import kr.valuemall.seller.verification.BusinessStatus;
import kr.valuemall.seller.verification.BusinessStatusLookup;
import kr.valuemall.shared.Region;

/**
 * A business's application to sell; once approved, the seller and its store. It checks
 * its own state changes and keeps its audit trail.
 */
@Entity
@Table(name = "seller_application")
public class SellerApplication extends AbstractAggregateRoot<SellerApplication> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus status;

	private String businessName;

	private String representative;

	private String businessRegistrationNumber;

	private String mailOrderReportNumber;

	private String mailOrderReportOffice;

	@Enumerated(EnumType.STRING)
	private Industry industry;

	private int employees;

	private long annualRevenue;

	private String businessAddress;

	@Enumerated(EnumType.STRING)
	private Region region;

	private String phone;

	/** The store's contact e-mail; null until the seller gives one. */
	private String contactEmail;

	@Enumerated(EnumType.STRING)
	private Bank bank;

	@Column(name = "bank_account_encrypted")
	private String bankAccountEncrypted;

	@Column(name = "bank_account_last4")
	private String bankAccountLastFour;

	private String accountHolder;

	private String storeName;

	private String storeSlug;

	private String introduction;

	@Enumerated(EnumType.STRING)
	private BusinessStatus businessStatus;

	private String businessStatusSource;

	private Instant businessStatusCheckedAt;

	private String decisionReason;

	private Instant submittedAt;

	private Instant decidedAt;

	private Instant approvedAt;

	private Instant suspendedAt;

	private String suspensionReason;

	private boolean payoutsHeldWhileSuspended;

	@Version
	private long version;

	// MERGE too: saving the aggregate to publish its events merges it, and a new line of
	// the trail must travel with it. Never REMOVE: the trail is append-only.
	@OneToMany(cascade = { CascadeType.PERSIST, CascadeType.MERGE })
	@JoinColumn(name = "application_id", nullable = false, updatable = false)
	@OrderBy("occurredAt")
	private List<ApplicationHistoryEntry> events = new ArrayList<>();

	protected SellerApplication() {
	}

	public SellerApplication(long accountId, ApplicationDetails details, BusinessStatusLookup.Answer businessStatus,
			String actor, Instant now) {
		this.accountId = accountId;
		this.status = ApplicationStatus.PENDING;
		apply(details, businessStatus);
		this.submittedAt = now;
		this.events.add(new ApplicationHistoryEntry(now, actor, ApplicationHistoryEntry.Action.SUBMITTED, null));
	}

	void resubmit(ApplicationDetails details, BusinessStatusLookup.Answer businessStatus, String actor, Instant now) {
		if (!this.status.editableByApplicant()) {
			throw ApplicationDecisionNotAllowed.of(this.id, this.status, "resubmit");
		}
		apply(details, businessStatus);
		this.status = ApplicationStatus.PENDING;
		this.submittedAt = now;
		this.events.add(new ApplicationHistoryEntry(now, actor, ApplicationHistoryEntry.Action.RESUBMITTED, null));
	}

	public void approve(String staff, Instant now) {
		requirePending("approve");
		this.status = ApplicationStatus.APPROVED;
		this.decisionReason = null;
		this.decidedAt = now;
		this.approvedAt = now;
		this.events.add(new ApplicationHistoryEntry(now, staff, ApplicationHistoryEntry.Action.APPROVED, null));
	}

	void reject(String staff, String reason, Instant now) {
		requirePending("reject");
		decide(ApplicationStatus.REJECTED, ApplicationHistoryEntry.Action.REJECTED, staff, reason, now);
	}

	void requestChanges(String staff, String reason, Instant now) {
		requirePending("request changes");
		decide(ApplicationStatus.CHANGES_REQUESTED, ApplicationHistoryEntry.Action.CHANGES_REQUESTED, staff, reason,
				now);
	}

	private void decide(ApplicationStatus next, ApplicationHistoryEntry.Action action, String staff, String reason,
			Instant now) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A reason is required");
		}
		this.status = next;
		this.decisionReason = reason.strip();
		this.decidedAt = now;
		this.events.add(new ApplicationHistoryEntry(now, staff, action, this.decisionReason));
	}

	/**
	 * Staff suspend an approved store, with the reason the seller reads: its listings
	 * leave the shop until staff reinstate it; open orders are still served.
	 */
	public void suspend(String staff, String reason, boolean holdPayouts, Instant now) {
		if (this.status != ApplicationStatus.APPROVED || this.suspendedAt != null) {
			throw ApplicationDecisionNotAllowed.of(this.id, this.status, "suspend");
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A reason is required");
		}
		this.suspendedAt = now;
		this.suspensionReason = reason.strip();
		this.payoutsHeldWhileSuspended = holdPayouts;
		this.events.add(new ApplicationHistoryEntry(now, staff, ApplicationHistoryEntry.Action.SUSPENDED,
				this.suspensionReason));
	}

	/** Staff lift a suspension: the store's listings go back on sale. */
	public void reinstate(String staff, Instant now) {
		if (this.suspendedAt == null) {
			throw ApplicationDecisionNotAllowed.of(this.id, this.status, "reinstate");
		}
		this.suspendedAt = null;
		this.suspensionReason = null;
		this.payoutsHeldWhileSuspended = false;
		this.events.add(new ApplicationHistoryEntry(now, staff, ApplicationHistoryEntry.Action.REINSTATED, null));
	}

	public boolean isSuspended() {
		return this.suspendedAt != null;
	}

	public Instant getSuspendedAt() {
		return this.suspendedAt;
	}

	public String getSuspensionReason() {
		return this.suspensionReason;
	}

	public boolean isPayoutsHeldWhileSuspended() {
		return this.payoutsHeldWhileSuspended;
	}

	/**
	 * An approved seller changes what the store shows: its name, introduction, contact
	 * and business address. A new name or region is announced to the modules that keep a
	 * copy of them, and a new name joins the audit trail.
	 */
	public void editStore(StoreProfile profile, String actor, Instant now) {
		if (this.status != ApplicationStatus.APPROVED) {
			throw ApplicationDecisionNotAllowed.of(this.id, this.status, "edit the store");
		}
		boolean renamed = !this.storeName.equals(profile.storeName());
		boolean moved = this.region != profile.region();
		if (renamed) {
			this.events.add(new ApplicationHistoryEntry(now, actor, ApplicationHistoryEntry.Action.STORE_RENAMED,
					this.storeName + " → " + profile.storeName()));
		}
		this.storeName = profile.storeName();
		this.introduction = profile.introduction();
		this.phone = profile.phone();
		this.contactEmail = profile.email();
		this.businessAddress = profile.businessAddress();
		this.region = profile.region();
		if (renamed || moved) {
			registerEvent(new StoreDetailsChanged(this.id, this.storeName, this.region, now));
		}
	}

	/**
	 * Payouts go to this account from now on: only once staff approved it (see
	 * {@code payout.PayoutAccountChanges}).
	 */
	public void payTo(Bank bank, String encryptedAccountNumber, String accountLastFour, String accountHolder) {
		if (this.status != ApplicationStatus.APPROVED) {
			throw ApplicationDecisionNotAllowed.of(this.id, this.status, "change the payout account");
		}
		this.bank = bank;
		this.bankAccountEncrypted = encryptedAccountNumber;
		this.bankAccountLastFour = accountLastFour;
		this.accountHolder = accountHolder;
	}

	private void requirePending(String action) {
		if (this.status != ApplicationStatus.PENDING) {
			throw ApplicationDecisionNotAllowed.of(this.id, this.status, action);
		}
	}

	private void apply(ApplicationDetails details, BusinessStatusLookup.Answer answer) {
		this.businessName = details.businessName();
		this.representative = details.representative();
		this.businessRegistrationNumber = details.registrationNumber().digits();
		this.mailOrderReportNumber = details.mailOrderReportNumber();
		this.mailOrderReportOffice = details.mailOrderReportOffice();
		this.industry = details.industry();
		this.employees = details.employees();
		this.annualRevenue = details.annualRevenue();
		this.businessAddress = details.businessAddress();
		this.region = details.region();
		this.phone = details.phone();
		this.bank = details.bank();
		if (details.encryptedAccountNumber() != null) {
			this.bankAccountEncrypted = details.encryptedAccountNumber();
			this.bankAccountLastFour = details.accountLastFour();
		}
		this.accountHolder = details.accountHolder();
		this.storeName = details.storeName();
		this.storeSlug = details.storeSlug();
		this.introduction = details.introduction();
		this.businessStatus = answer.status();
		this.businessStatusSource = answer.source();
		this.businessStatusCheckedAt = answer.checkedAt();
	}

	public StoreSummary storeSummary() {
		return new StoreSummary(this.id, this.accountId, this.storeSlug, this.storeName, this.introduction, this.region,
				this.businessName, this.representative, registrationNumber().formatted(), this.mailOrderReportNumber,
				this.businessAddress, this.phone, this.contactEmail, this.approvedAt);
	}

	BusinessRegistrationNumber registrationNumber() {
		return new BusinessRegistrationNumber(this.businessRegistrationNumber);
	}

	/**
	 * The payout account number as stored (encrypted); only the module's API
	 * ({@code SellerApi.payoutAccount}) opens it.
	 */
	public String encryptedAccountNumber() {
		return this.bankAccountEncrypted;
	}

	String maskedAccountNumber() {
		return BankAccountCipher.masked(this.bankAccountLastFour);
	}

	/** The last four digits of the payout account on file, for the audit trail. */
	public String payoutAccountLastFour() {
		return this.bankAccountLastFour;
	}

	public Long getId() {
		return this.id;
	}

	public long getAccountId() {
		return this.accountId;
	}

	public ApplicationStatus getStatus() {
		return this.status;
	}

	public String getBusinessName() {
		return this.businessName;
	}

	public String getRepresentative() {
		return this.representative;
	}

	public String getFormattedRegistrationNumber() {
		return registrationNumber().formatted();
	}

	public String getMailOrderReportNumber() {
		return this.mailOrderReportNumber;
	}

	public String getMailOrderReportOffice() {
		return this.mailOrderReportOffice;
	}

	public Industry getIndustry() {
		return this.industry;
	}

	public int getEmployees() {
		return this.employees;
	}

	public long getAnnualRevenue() {
		return this.annualRevenue;
	}

	public String getBusinessAddress() {
		return this.businessAddress;
	}

	public Region getRegion() {
		return this.region;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public Bank getBank() {
		return this.bank;
	}

	public String getMaskedAccountNumber() {
		return maskedAccountNumber();
	}

	public String getAccountHolder() {
		return this.accountHolder;
	}

	public String getStoreName() {
		return this.storeName;
	}

	public String getStoreSlug() {
		return this.storeSlug;
	}

	public String getIntroduction() {
		return this.introduction;
	}

	public BusinessStatus getBusinessStatus() {
		return this.businessStatus;
	}

	public String getBusinessStatusSource() {
		return this.businessStatusSource;
	}

	public Instant getBusinessStatusCheckedAt() {
		return this.businessStatusCheckedAt;
	}

	public String getDecisionReason() {
		return this.decisionReason;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public List<ApplicationHistoryEntry> getEvents() {
		return this.events;
	}

}
