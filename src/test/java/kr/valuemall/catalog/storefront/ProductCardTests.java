package kr.valuemall.catalog.storefront;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import kr.valuemall.IntegrationTest;
import kr.valuemall.catalog.TestListings;
import kr.valuemall.catalog.listing.ProductRepository;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card read again with nothing changed equals the one before (so a visitor's page copy
 * made from a shelf is still used after the shelf is read again); once the listing is
 * saved, it no longer does.
 */
@IntegrationTest
class ProductCardTests {

	@Autowired
	ProductCards cards;

	@Autowired
	ProductRepository products;

	@Autowired
	TestStores stores;

	@Autowired
	ApplicationContext context;

	@Test
	void aCardReadAgainEqualsTheOneBeforeUntilTheListingIsSaved() {
		OpenStore shop = this.stores.open("카드 공방");
		TestListings listings = TestListings.in(this.context);
		long id = listings.live(shop.store(), "같은 도마", 30_000, 5, 0);

		ProductCard first = card(id);
		ProductCard again = card(id);
		assertThat(again.product()).isNotSameAs(first.product());
		assertThat(again).isEqualTo(first).hasSameHashCodeAs(first);

		listings.hold(id);
		assertThat(card(id)).isNotEqualTo(first);
	}

	private ProductCard card(long id) {
		return this.cards.of(this.products.findAllById(List.of(id))).get(0);
	}

}
