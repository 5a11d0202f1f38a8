package kr.valuemall.notification;

import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import kr.valuemall.account.AccountApi;
import kr.valuemall.account.AccountSummary;
import kr.valuemall.catalog.ListingCounts;
import kr.valuemall.origin.ListingApproved;
import kr.valuemall.origin.ListingHeld;
import kr.valuemall.origin.ListingRejected;
import kr.valuemall.seller.ApplicationDecided;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreReinstated;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.seller.StoreSuspended;

/**
 * Tells applicants what staff decided about their application (approved, rejected with
 * the reason, or sent back with what to change), and sellers when one of their listings
 * is put on hold for an origin review, released by staff, or rejected with staff's
 * reason; in the app and by e-mail. As with orders, a redelivered event tells nobody
 * twice, and the mail goes out after the notification's own short transaction.
 */
@Component
class StoreNotifications {

	private static final Logger logger = LoggerFactory.getLogger(StoreNotifications.class);

	private final Inbox inbox;

	private final NotificationMail mail;

	private final AccountApi accounts;

	private final SellerApi sellers;

	private final ListingCounts listings;

	StoreNotifications(Inbox inbox, NotificationMail mail, AccountApi accounts, SellerApi sellers,
			ListingCounts listings) {
		this.inbox = inbox;
		this.mail = mail;
		this.accounts = accounts;
		this.sellers = sellers;
		this.listings = listings;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ApplicationDecided decided) {
		NotificationKind kind = switch (decided.outcome()) {
			case APPROVED -> NotificationKind.APPLICATION_APPROVED;
			case REJECTED -> NotificationKind.APPLICATION_REJECTED;
			case CHANGES_REQUESTED -> NotificationKind.APPLICATION_CHANGES_REQUESTED;
		};
		// The store's name is the detail of an approval; staff's reason of the others.
		String detail = (decided.outcome() == ApplicationDecided.Outcome.APPROVED) ? decided.storeName()
				: decided.reason();
		tell(decided.accountId(), NewNotification.about(decided.accountId(), kind, detail, decided.decidedAt()));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(StoreSuspended suspended) {
		tell(suspended.accountId(), NewNotification.about(suspended.accountId(), NotificationKind.STORE_SUSPENDED,
				suspended.reason(), suspended.at()));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(StoreReinstated reinstated) {
		tell(reinstated.accountId(), NewNotification.about(reinstated.accountId(), NotificationKind.STORE_REINSTATED,
				null, reinstated.at()));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ListingHeld held) {
		tellSeller(held.listingId(), NotificationKind.LISTING_HELD, null, held.at());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ListingApproved released) {
		tellSeller(released.listingId(), NotificationKind.LISTING_RELEASED, null, released.at());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ListingRejected rejected) {
		tellSeller(rejected.listingId(), NotificationKind.LISTING_REJECTED, rejected.reason(), rejected.at());
	}

	private void tellSeller(long listingId, NotificationKind kind, String reason, Instant at) {
		Optional<ListingCounts.Listing> listing = this.listings.listing(listingId);
		Optional<StoreSummary> store = listing.flatMap((found) -> this.sellers.store(found.sellerId()));
		if (store.isEmpty()) {
			logger.warn("No listing {} of an approved store to notify of {}", listingId, kind);
			return;
		}
		long accountId = store.get().accountId();
		// The listing's name, and staff's reason after it when there is one.
		String detail = (reason != null && !reason.isBlank()) ? listing.get().name() + " · " + reason.strip()
				: listing.get().name();
		tell(accountId, NewNotification.about(accountId, kind, detail, at));
	}

	private void tell(long accountId, NewNotification notification) {
		Optional<AccountSummary> account = this.accounts.findById(accountId);
		if (account.isEmpty()) {
			logger.warn("No account {} to notify of {}", accountId, notification.kind());
			return;
		}
		if (this.inbox.deliver(notification)) {
			this.mail.send(account.get(), notification);
		}
	}

}
