package kr.valuemall.order.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import kr.valuemall.account.AccountApi;
import kr.valuemall.order.DeliveryOverride;
import kr.valuemall.order.ProductShelf;
import kr.valuemall.order.ShelfProduct;
import kr.valuemall.order.checkout.DeliveryAddress;
import kr.valuemall.order.checkout.SavedAddresses;
import kr.valuemall.order.fulfilment.Courier;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;

/**
 * The demo profile's delivery terms: every demo store but a few has them (those few show
 * what a product page says without), the demo seller's first listing is made to order and
 * takes longer, and the demo shopper has a Jeju address saved beside the Seoul one, to
 * see the island fee at checkout. Runs after the catalog's listings and before the demo
 * orders; a store that already has terms keeps them.
 */
@Component
@Profile("demo")
@Order(40)
class DemoDeliveryTerms implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoDeliveryTerms.class);

	static final String DEMO_SELLER_STORE = "park-woodshop";

	static final String DEMO_SHOPPER = "shopper@example.com";

	/** Stores left without terms: one in this many. */
	private static final int WITHOUT_TERMS_EVERY = 9;

	private static final DeliveryAddress JEJU_ADDRESS = new DeliveryAddress("김민지", "010-1234-5678", "63309",
			"제주특별자치도 제주시 첨단로 242", "2층", "");

	private final SellerDeliveryTerms terms;

	private final SellerApi sellers;

	private final ProductShelf shelf;

	private final AccountApi accounts;

	private final SavedAddresses addresses;

	private final Clock clock;

	DemoDeliveryTerms(SellerDeliveryTerms terms, SellerApi sellers, ProductShelf shelf, AccountApi accounts,
			SavedAddresses addresses, Clock clock) {
		this.terms = terms;
		this.sellers = sellers;
		this.shelf = shelf;
		this.accounts = accounts;
		this.addresses = addresses;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<StoreSummary> stores = this.sellers.approvedStores();
		Courier[] couriers = Courier.values();
		int made = 0;
		for (int i = 0; i < stores.size(); i++) {
			StoreSummary store = stores.get(i);
			boolean demoSeller = DEMO_SELLER_STORE.equals(store.slug());
			if ((!demoSeller && i % WITHOUT_TERMS_EVERY == WITHOUT_TERMS_EVERY - 1)
					|| this.terms.of(store.sellerId()).isPresent()) {
				continue;
			}
			DeliveryTerms storeTerms = demoSeller
					? new DeliveryTerms(2, 14, Courier.CJ, store.businessAddress(), 3_500, 7_000, 3_000, 5_000)
					: new DeliveryTerms(1 + i % 3, 13 + i % 4, couriers[i % couriers.length], store.businessAddress(),
							3_000 + 500 * (i % 3), 6_000 + 1_000 * (i % 3), 3_000 + 1_000 * (i % 2),
							5_000 + 1_000 * (i % 3));
			this.terms.save(store.sellerId(), storeTerms);
			made++;
			if (demoSeller) {
				List<ShelfProduct> live = this.shelf.liveOf(store.sellerId(), 1);
				if (!live.isEmpty()) {
					// A made-to-order piece: longer to make, dearer to send to the
					// islands.
					this.terms.saveOverride(live.get(0).id(), new DeliveryOverride(7, null, null, 5_000L, 8_000L));
				}
			}
		}
		this.accounts.findByEmail(DEMO_SHOPPER)
			.ifPresent((shopper) -> this.addresses.remember(shopper.id(), JEJU_ADDRESS,
					this.clock.instant().minus(Duration.ofDays(200))));
		logger.info("Demo delivery terms saved for {} stores", made);
	}

}
