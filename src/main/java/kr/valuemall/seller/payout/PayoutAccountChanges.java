package kr.valuemall.seller.payout;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.seller.Bank;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.seller.application.ApplicationStatus;
import kr.valuemall.seller.application.SellerApplication;
import kr.valuemall.seller.application.SellerApplicationRepository;

/**
 * Changing where a store's payouts go: the seller asks (or withdraws the request), staff
 * approve or reject it, and only an approved request replaces the account on the store. A
 * staff member never decides the request of a store they run themselves.
 */
@Service
public class PayoutAccountChanges {

	/** Decided requests shown to staff below the waiting ones. */
	public static final int RECENT_DECISIONS = 30;

	private final PayoutAccountChangeRepository changes;

	private final SellerApplicationRepository stores;

	private final BankAccountCipher cipher;

	private final Clock clock;

	PayoutAccountChanges(PayoutAccountChangeRepository changes, SellerApplicationRepository stores,
			BankAccountCipher cipher, Clock clock) {
		this.changes = changes;
		this.stores = stores;
		this.cipher = cipher;
		this.clock = clock;
	}

	/** The seller's request waiting for staff, if any. */
	@Transactional(readOnly = true)
	public Optional<PayoutAccountChange> pendingOf(long sellerId) {
		return this.changes.findPending(sellerId).map(PayoutAccountChanges::withTrail);
	}

	/** The account payouts go to now, as the seller and staff see it. */
	@Transactional(readOnly = true)
	public AccountShown currentAccount(long sellerId) {
		SellerApplication store = approvedStore(sellerId);
		return new AccountShown(store.getBank(), store.getMaskedAccountNumber(), store.getAccountHolder());
	}

	/** Every request the seller made, newest first, each with its audit trail. */
	@Transactional(readOnly = true)
	public List<PayoutAccountChange> historyOf(long sellerId) {
		return this.changes.findBySellerIdOrderByRequestedAtDescIdDesc(sellerId)
			.stream()
			.map(PayoutAccountChanges::withTrail)
			.toList();
	}

	/**
	 * Whether this is the account payouts already go to: asking for it would change
	 * nothing. Compares the number in clear, as the bank would.
	 */
	@Transactional(readOnly = true)
	public boolean isCurrentAccount(long sellerId, Bank bank, String accountNumber, String holder) {
		SellerApplication store = approvedStore(sellerId);
		if (store.getBank() != bank || !store.getAccountHolder().equals(holder.strip())) {
			return false;
		}
		try {
			return digits(this.cipher.decrypt(store.encryptedAccountNumber())).equals(digits(accountNumber));
		}
		catch (RuntimeException ex) {
			// The number on file cannot be read (another key): a new one is worth asking.
			return false;
		}
	}

	/**
	 * Asks for the store's payouts to go to another account; refused while another
	 * request waits.
	 */
	@Transactional
	public PayoutAccountChange request(long sellerId, String seller, Bank bank, String accountNumber, String holder) {
		SellerApplication store = approvedStore(sellerId);
		if (this.changes.findPending(sellerId).isPresent()) {
			throw PayoutAccountChangeNotAllowed.alreadyWaiting(sellerId);
		}
		String number = digits(accountNumber);
		PayoutAccountChange change = this.changes.saveAndFlush(new PayoutAccountChange(sellerId,
				new PayoutAccountChange.AccountOnFile(store.getBank(), store.payoutAccountLastFour(),
						store.getAccountHolder()),
				new PayoutAccountChange.RequestedAccount(bank, this.cipher.encrypt(number),
						BankAccountCipher.lastFour(number), holder.strip()),
				seller, this.clock.instant()));
		return this.changes.save(change.announced());
	}

	/** The seller takes back their own waiting request. */
	@Transactional
	public void withdraw(long sellerId, long changeId, String seller) {
		PayoutAccountChange change = this.changes.findByIdAndSellerId(changeId, sellerId)
			.orElseThrow(() -> PayoutAccountChangeNotFound.of(changeId));
		change.withdraw(seller, this.clock.instant());
		this.changes.save(change);
	}

	/** Requests waiting for staff, oldest first, with their stores. */
	@Transactional(readOnly = true)
	public List<Request> queue() {
		return withStores(this.changes.findByStatusOrderByRequestedAtAscIdAsc(PayoutAccountChange.Status.PENDING));
	}

	@Transactional(readOnly = true)
	public List<Request> recentlyDecided() {
		return withStores(this.changes.findDecidedNewestFirst(Limit.of(RECENT_DECISIONS)));
	}

	@Transactional(readOnly = true)
	public long waiting() {
		return this.changes.countByStatus(PayoutAccountChange.Status.PENDING);
	}

	/** One request with its store and audit trail, for staff. */
	@Transactional(readOnly = true)
	public Request review(long changeId) {
		PayoutAccountChange change = withTrail(find(changeId));
		return new Request(change, this.stores.findById(change.getSellerId()).orElseThrow().storeSummary());
	}

	/**
	 * Staff approve: the store's payouts go to the new account from now on, and its held
	 * payouts may go.
	 */
	@Transactional
	public void approve(long changeId, long staffAccountId, String staff) {
		PayoutAccountChange change = find(changeId);
		SellerApplication store = this.stores.findById(change.getSellerId()).orElseThrow();
		refuseOwnStore(change, store, staffAccountId);
		change.approve(staff, this.clock.instant());
		PayoutAccountChange.RequestedAccount account = change.requested();
		store.payTo(account.bank(), account.encryptedNumber(), account.lastFour(), account.holder());
		this.changes.save(change);
	}

	/** Staff reject, saying why: the account on file stays. */
	@Transactional
	public void reject(long changeId, long staffAccountId, String staff, String reason) {
		PayoutAccountChange change = find(changeId);
		refuseOwnStore(change, this.stores.findById(change.getSellerId()).orElseThrow(), staffAccountId);
		change.reject(staff, reason, this.clock.instant());
		this.changes.save(change);
	}

	/** Sellers among these whose request waits, with when they asked. */
	@Transactional(readOnly = true)
	public Map<Long, Instant> waitingSince(Collection<Long> sellerIds) {
		if (sellerIds.isEmpty()) {
			return Map.of();
		}
		return this.changes.findPendingOf(sellerIds)
			.stream()
			.collect(Collectors.toMap(PayoutAccountChange::getSellerId, PayoutAccountChange::getRequestedAt));
	}

	private void refuseOwnStore(PayoutAccountChange change, SellerApplication store, long staffAccountId) {
		if (store.getAccountId() == staffAccountId) {
			throw OwnPayoutAccountChange.of(change.getId(), staffAccountId);
		}
	}

	private SellerApplication approvedStore(long sellerId) {
		return this.stores.findById(sellerId)
			.filter((store) -> store.getStatus() == ApplicationStatus.APPROVED)
			.orElseThrow(() -> new IllegalStateException("No approved store " + sellerId));
	}

	private PayoutAccountChange find(long changeId) {
		return this.changes.findById(changeId).orElseThrow(() -> PayoutAccountChangeNotFound.of(changeId));
	}

	private List<Request> withStores(List<PayoutAccountChange> changes) {
		Map<Long, StoreSummary> stores = this.stores
			.findAllById(changes.stream().map(PayoutAccountChange::getSellerId).distinct().toList())
			.stream()
			.map(SellerApplication::storeSummary)
			.collect(Collectors.toMap(StoreSummary::sellerId, Function.identity()));
		return changes.stream().map((change) -> new Request(change, stores.get(change.getSellerId()))).toList();
	}

	private static PayoutAccountChange withTrail(PayoutAccountChange change) {
		change.getEvents().size();
		return change;
	}

	private static String digits(String accountNumber) {
		return accountNumber.replaceAll("\\D", "");
	}

	/** A request with the store it is for. */
	public record Request(PayoutAccountChange change, StoreSummary store) {

		/** Whether this account runs the store: then it may not decide the request. */
		public boolean ownedBy(long accountId) {
			return this.store.accountId() == accountId;
		}

	}

	/** An account with its number masked: {@code ••••••7890}. */
	public record AccountShown(Bank bank, String maskedNumber, String holder) {

	}

}
