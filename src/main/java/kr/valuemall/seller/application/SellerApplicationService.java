package kr.valuemall.seller.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.account.AccountApi;
import kr.valuemall.account.Role;
import kr.valuemall.seller.ApplicationDecided;
import kr.valuemall.seller.StoreReinstated;
import kr.valuemall.seller.StoreSuspended;
import kr.valuemall.seller.verification.BusinessStatusLookup;
import kr.valuemall.web.ChangedSinceSeen;

/**
 * Applying to sell, and staff deciding on applications.
 */
@Service
public class SellerApplicationService {

	private final SellerApplicationRepository applications;

	private final SellerDocumentRepository documents;

	private final BusinessStatusLookup businessStatus;

	private final AccountApi accounts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SellerApplicationService(SellerApplicationRepository applications, SellerDocumentRepository documents,
			BusinessStatusLookup businessStatus, AccountApi accounts, TransactionTemplate transactions, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.applications = applications;
		this.documents = documents;
		this.businessStatus = businessStatus;
		this.accounts = accounts;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<SellerApplication> applicationOf(long accountId) {
		return this.applications.findByAccountId(accountId);
	}

	/**
	 * Submits a first application, or resubmits one that staff sent back. {@code file}
	 * may be {@code null} on a resubmission: the certificate on file stays.
	 */
	public SellerApplication submit(long accountId, String applicant, ApplicationDetails details, EvidenceFile file) {
		// The tax office's answer is fetched before the transaction: no connection waits
		// on it.
		BusinessStatusLookup.Answer status = this.businessStatus.lookUp(details.registrationNumber());
		return this.transactions.execute((tx) -> store(accountId, applicant, details, file, status));
	}

	private SellerApplication store(long accountId, String applicant, ApplicationDetails details, EvidenceFile file,
			BusinessStatusLookup.Answer status) {
		Instant now = this.clock.instant();
		Optional<SellerApplication> existing = this.applications.findByAccountId(accountId);
		SellerApplication application;
		if (existing.isPresent()) {
			application = existing.get();
			application.resubmit(details, status, applicant, now);
		}
		else {
			if (file == null) {
				throw new IllegalArgumentException("A first application needs its certificate");
			}
			application = this.applications.save(new SellerApplication(accountId, details, status, applicant, now));
		}
		this.applications.flush();
		if (file != null) {
			this.documents.findById(application.getId())
				.ifPresentOrElse((document) -> document.replace(file, now),
						() -> this.documents.save(new SellerDocument(application.getId(), file, now)));
		}
		return application;
	}

	/**
	 * Approves what staff saw: refused if it was resubmitted after {@code seen} (epoch
	 * ms).
	 */
	@Transactional
	public void approve(long applicationId, String staff, Long seen) {
		SellerApplication application = find(applicationId);
		ChangedSinceSeen.check("Application " + applicationId, application.getSubmittedAt(), seen);
		application.approve(staff, this.clock.instant());
		this.accounts.grantRole(application.getAccountId(), Role.SELLER);
		announce(application, ApplicationDecided.Outcome.APPROVED, null);
	}

	/** Tells the applicant (through the notification module) what staff decided. */
	private void announce(SellerApplication application, ApplicationDecided.Outcome outcome, String reason) {
		this.events.publishEvent(
				new ApplicationDecided(application.getId(), application.getAccountId(), application.getStoreName(),
						outcome, (reason != null) ? reason.strip() : null, application.getDecidedAt()));
	}

	@Transactional
	public void reject(long applicationId, String staff, String reason, Long seen) {
		SellerApplication application = find(applicationId);
		ChangedSinceSeen.check("Application " + applicationId, application.getSubmittedAt(), seen);
		application.reject(staff, reason, this.clock.instant());
		announce(application, ApplicationDecided.Outcome.REJECTED, reason);
	}

	@Transactional
	public void requestChanges(long applicationId, String staff, String reason, Long seen) {
		SellerApplication application = find(applicationId);
		ChangedSinceSeen.check("Application " + applicationId, application.getSubmittedAt(), seen);
		application.requestChanges(staff, reason, this.clock.instant());
		announce(application, ApplicationDecided.Outcome.CHANGES_REQUESTED, reason);
	}

	/** Suspends an approved store; the catalog, settlement and the seller hear of it. */
	@Transactional
	public void suspend(long sellerId, String staff, String reason, boolean holdPayouts) {
		SellerApplication application = find(sellerId);
		application.suspend(staff, reason, holdPayouts, this.clock.instant());
		this.events.publishEvent(new StoreSuspended(sellerId, application.getAccountId(),
				application.getSuspensionReason(), holdPayouts, application.getSuspendedAt()));
	}

	@Transactional
	public void reinstate(long sellerId, String staff) {
		SellerApplication application = find(sellerId);
		Instant now = this.clock.instant();
		application.reinstate(staff, now);
		this.events.publishEvent(new StoreReinstated(sellerId, application.getAccountId(), now));
	}

	@Transactional(readOnly = true)
	public List<SellerApplication> queue(ApplicationStatus status) {
		return this.applications.findByStatusOrderBySubmittedAtAsc(status);
	}

	@Transactional(readOnly = true)
	public long count(ApplicationStatus status) {
		return this.applications.countByStatus(status);
	}

	/** The application with its audit trail loaded, for the staff review page. */
	@Transactional(readOnly = true)
	public SellerApplication review(long applicationId) {
		SellerApplication application = find(applicationId);
		application.getEvents().size();
		return application;
	}

	@Transactional(readOnly = true)
	public Optional<SellerDocument> document(long applicationId) {
		return this.documents.findById(applicationId);
	}

	private SellerApplication find(long applicationId) {
		return this.applications.findById(applicationId).orElseThrow(() -> SellerApplicationNotFound.of(applicationId));
	}

}
