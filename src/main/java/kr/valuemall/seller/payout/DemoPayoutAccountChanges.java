package kr.valuemall.seller.payout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.account.AccountApi;
import kr.valuemall.seller.Bank;
import kr.valuemall.seller.application.SellerApplication;
import kr.valuemall.seller.application.SellerApplicationRepository;

/**
 * The demo profile's payout account requests: the demo seller changed accounts weeks ago
 * (approved, so the audit trail has something to show), and 담양 대나무공예 asked yesterday, so
 * staff find a request waiting and its latest payout held. Runs after the demo
 * settlements, so the hold meets a settled statement as it would in the mall. Safe to run
 * on every start.
 */
@Component
@Profile("demo")
@Order(90)
class DemoPayoutAccountChanges implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoPayoutAccountChanges.class);

	static final String STAFF = "admin@example.com";

	private final PayoutAccountChangeRepository changes;

	private final SellerApplicationRepository stores;

	private final AccountApi accounts;

	private final BankAccountCipher cipher;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoPayoutAccountChanges(PayoutAccountChangeRepository changes, SellerApplicationRepository stores,
			AccountApi accounts, BankAccountCipher cipher, TransactionTemplate transactions, Clock clock) {
		this.changes = changes;
		this.stores = stores;
		this.accounts = accounts;
		this.cipher = cipher;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Instant now = this.clock.instant();
		int made = 0;
		if (request("seller@example.com", Bank.SHINHAN, "110234567890", now.minus(Duration.ofDays(40)), true)) {
			made++;
		}
		if (request("store03@example.com", Bank.NH, "3021234567811", now.minus(Duration.ofDays(1)), false)) {
			made++;
		}
		if (made > 0) {
			logger.info("Demo payout account requests created: {}", made);
		}
	}

	private boolean request(String ownerEmail, Bank bank, String number, Instant at, boolean approve) {
		Boolean made = this.transactions.execute((status) -> {
			SellerApplication store = this.accounts.findByEmail(ownerEmail)
				.flatMap((owner) -> this.stores.findByAccountId(owner.id()))
				.orElse(null);
			if (store == null || !this.changes.findBySellerIdOrderByRequestedAtDescIdDesc(store.getId()).isEmpty()) {
				return false;
			}
			PayoutAccountChange change = this.changes.saveAndFlush(new PayoutAccountChange(store.getId(),
					new PayoutAccountChange.AccountOnFile(store.getBank(), store.payoutAccountLastFour(),
							store.getAccountHolder()),
					new PayoutAccountChange.RequestedAccount(bank, this.cipher.encrypt(number),
							BankAccountCipher.lastFour(number), store.getAccountHolder()),
					ownerEmail, at));
			change.announced();
			if (approve) {
				change.approve(STAFF, at.plus(Duration.ofHours(20)));
				PayoutAccountChange.RequestedAccount account = change.requested();
				store.payTo(account.bank(), account.encryptedNumber(), account.lastFour(), account.holder());
			}
			this.changes.save(change);
			return true;
		});
		return Boolean.TRUE.equals(made);
	}

}
