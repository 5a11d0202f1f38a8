package kr.valuemall.seller;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.seller.application.ApplicationStatus;
import kr.valuemall.seller.application.SellerApplication;
import kr.valuemall.seller.application.SellerApplicationRepository;
import kr.valuemall.seller.application.StoreSummaries;
import kr.valuemall.seller.payout.BankAccountCipher;
import kr.valuemall.seller.payout.PayoutAccountChanges;

/**
 * What other modules may know of sellers: approved stores only.
 */
@Service
@Transactional(readOnly = true)
public class SellerApi {

	private final SellerApplicationRepository applications;

	private final BankAccountCipher cipher;

	private final PayoutAccountChanges payoutAccountChanges;

	private final JdbcClient jdbc;

	private final StoreSummaries summaries;

	SellerApi(SellerApplicationRepository applications, BankAccountCipher cipher,
			PayoutAccountChanges payoutAccountChanges, JdbcClient jdbc, StoreSummaries summaries) {
		this.applications = applications;
		this.cipher = cipher;
		this.payoutAccountChanges = payoutAccountChanges;
		this.jdbc = jdbc;
		this.summaries = summaries;
	}

	/** The store of a signed-in account, if it is an approved seller. */
	public Optional<StoreSummary> storeOfAccount(long accountId) {
		return this.applications.findByAccountId(accountId)
			.filter((application) -> application.getStatus() == ApplicationStatus.APPROVED)
			.map(SellerApplication::storeSummary);
	}

	public Optional<StoreSummary> storeBySlug(String slug) {
		return this.applications.findApprovedBySlug(slug).map(SellerApplication::storeSummary);
	}

	/**
	 * An approved store by id, read with only the columns a summary shows: every product
	 * page and every order's notifications ask, and the application's other columns (its
	 * documents, its payout account) are none of theirs.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<StoreSummary> store(long sellerId) {
		return Optional.ofNullable(stores(List.of(sellerId)).get(sellerId));
	}

	/**
	 * Approved stores among these, by id: read with only the columns a summary shows
	 * (every product card asks, so no application with its documents and history is
	 * loaded), and kept a few seconds ({@link StoreSummaries}). One statement at most: a
	 * transaction around it only when the caller has one.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<Long, StoreSummary> stores(Collection<Long> sellerIds) {
		return this.summaries.of(sellerIds);
	}

	/**
	 * When each approved store among these opened (its approval), by id; a store not
	 * approved is left out. Two columns only: the spotlight asks for every candidate
	 * store.
	 */
	public Map<Long, Instant> openingDates(Collection<Long> sellerIds) {
		if (sellerIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Instant> opened = new java.util.HashMap<>();
		this.jdbc.sql("SELECT id, approved_at FROM seller_application WHERE status = 'APPROVED' AND id IN (:ids)")
			.param("ids", sellerIds)
			.query((rs) -> {
				opened.put(rs.getLong("id"), instant(rs.getTimestamp("approved_at")));
			});
		return opened;
	}

	private static Instant instant(java.sql.Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * Where an approved seller's payouts go, with the account number in clear: for the
	 * settlement's bank transfer file only. The number is absent when it cannot be read
	 * (never stored, or stored under another key), so staff see that it needs checking.
	 */
	public Optional<PayoutAccount> payoutAccount(long sellerId) {
		return this.applications.findById(sellerId)
			.filter((application) -> application.getStatus() == ApplicationStatus.APPROVED)
			.map((application) -> new PayoutAccount(application.getBank(),
					readable(application.encryptedAccountNumber()), application.getAccountHolder()));
	}

	private String readable(String encrypted) {
		if (encrypted == null) {
			return null;
		}
		try {
			return this.cipher.decrypt(encrypted);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * Sellers among these who asked for a new payout account that staff have not decided
	 * on yet, with when they asked: their payouts are to be held until it is decided.
	 */
	public Map<Long, Instant> pendingPayoutAccountChanges(Collection<Long> sellerIds) {
		return this.payoutAccountChanges.waitingSince(sellerIds);
	}

	/** When the seller asked for a new payout account still waiting for staff, if so. */
	public Optional<Instant> pendingPayoutAccountChange(long sellerId) {
		return Optional.ofNullable(pendingPayoutAccountChanges(List.of(sellerId)).get(sellerId));
	}

	/** Payout account requests waiting for a staff decision. */
	public long pendingPayoutAccountChanges() {
		return this.payoutAccountChanges.waiting();
	}

	/** Whether staff suspended the store (its listings are off sale until reinstated). */
	public boolean isSuspended(long sellerId) {
		return this.applications.findById(sellerId).map(SellerApplication::isSuspended).orElse(false);
	}

	/** Sellers among these whose store is suspended with its payouts held. */
	public java.util.Set<Long> payoutsHeldBySuspension(Collection<Long> sellerIds) {
		if (sellerIds.isEmpty()) {
			return java.util.Set.of();
		}
		return this.applications.findAllById(sellerIds)
			.stream()
			.filter((application) -> application.isSuspended() && application.isPayoutsHeldWhileSuspended())
			.map(SellerApplication::getId)
			.collect(Collectors.toSet());
	}

	/** Every open store, oldest first: the companies the ministry's reports count. */
	public List<StoreSummary> approvedStores() {
		return this.applications.findApprovedOldestFirst().stream().map(SellerApplication::storeSummary).toList();
	}

	/** Applications waiting for a staff decision. */
	public long pendingApplications() {
		return this.applications.countByStatus(ApplicationStatus.PENDING);
	}

	public List<StoreSummary> newestStores(int howMany) {
		return this.applications.findApprovedNewestFirst(Limit.of(howMany))
			.stream()
			.map(SellerApplication::storeSummary)
			.toList();
	}

}
