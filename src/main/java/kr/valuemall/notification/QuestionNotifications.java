package kr.valuemall.notification;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import kr.valuemall.account.AccountApi;
import kr.valuemall.account.AccountSummary;
import kr.valuemall.catalog.QuestionAnswered;
import kr.valuemall.catalog.QuestionAsked;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;

/**
 * 상품 문의: tells the seller when a shopper asks about one of its products, and the shopper
 * when the seller answers; in the app and by e-mail, as with orders. A notification names
 * the product, never a private question's words. A redelivered event tells nobody twice
 * (the inbox's unique key).
 */
@Component
class QuestionNotifications {

	private static final Logger logger = LoggerFactory.getLogger(QuestionNotifications.class);

	private final Inbox inbox;

	private final NotificationMail mail;

	private final AccountApi accounts;

	private final SellerApi sellers;

	QuestionNotifications(Inbox inbox, NotificationMail mail, AccountApi accounts, SellerApi sellers) {
		this.inbox = inbox;
		this.mail = mail;
		this.accounts = accounts;
		this.sellers = sellers;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(QuestionAsked asked) {
		Optional<StoreSummary> store = this.sellers.store(asked.sellerId());
		if (store.isEmpty()) {
			logger.info("No approved store {} to tell of question {}", asked.sellerId(), asked.questionId());
			return;
		}
		long accountId = store.get().accountId();
		tell(accountId,
				NewNotification.about(accountId, NotificationKind.QUESTION_ASKED, asked.productName(), asked.at()));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(QuestionAnswered answered) {
		tell(answered.askerId(), NewNotification.about(answered.askerId(), NotificationKind.QUESTION_ANSWERED,
				answered.productName(), answered.at()));
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
