package kr.valuemall.notification;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import kr.valuemall.account.AccountApi;
import kr.valuemall.account.AccountSummary;
import kr.valuemall.seller.PayoutAccountChangeDecided;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;

/**
 * Tells a seller that staff approved their new payout account (with its last digits) or
 * rejected it (with staff's reason), in the app and by e-mail. A request the seller
 * withdrew themselves is news to nobody. As with orders, a redelivered event tells nobody
 * twice, and the mail goes out after the notification's own short transaction.
 */
@Component
class PayoutAccountNotifications {

	private static final Logger logger = LoggerFactory.getLogger(PayoutAccountNotifications.class);

	private final Inbox inbox;

	private final NotificationMail mail;

	private final AccountApi accounts;

	private final SellerApi sellers;

	PayoutAccountNotifications(Inbox inbox, NotificationMail mail, AccountApi accounts, SellerApi sellers) {
		this.inbox = inbox;
		this.mail = mail;
		this.accounts = accounts;
		this.sellers = sellers;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PayoutAccountChangeDecided decided) {
		NotificationKind kind = switch (decided.outcome()) {
			case APPROVED -> NotificationKind.PAYOUT_ACCOUNT_APPROVED;
			case REJECTED -> NotificationKind.PAYOUT_ACCOUNT_REJECTED;
			case WITHDRAWN -> null;
		};
		if (kind == null) {
			return;
		}
		Optional<StoreSummary> store = this.sellers.store(decided.sellerId());
		if (store.isEmpty()) {
			logger.warn("No approved store {} to notify of {}", decided.sellerId(), kind);
			return;
		}
		Optional<AccountSummary> account = this.accounts.findById(store.get().accountId());
		if (account.isEmpty()) {
			logger.warn("No account {} to notify of {}", store.get().accountId(), kind);
			return;
		}
		String detail = (kind == NotificationKind.PAYOUT_ACCOUNT_APPROVED) ? decided.lastFour() : decided.reason();
		NewNotification notification = NewNotification.about(account.get().id(), kind, detail, decided.decidedAt());
		if (this.inbox.deliver(notification)) {
			this.mail.send(account.get(), notification);
		}
	}

}
