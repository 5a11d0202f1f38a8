package kr.valuemall.catalog.storefront;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Page;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import kr.valuemall.catalog.search.SearchQuery;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short-lived copies of product pages and searches: kept, never kept when there is
 * nothing to show, dropped when a listing changes (after its transaction commits), and
 * not kept at all when turned off.
 */
class ShopperPageCacheTests {

	private static final SearchQuery CHAIRS = new SearchQuery("의자", List.of(), null, null, null, false, false, null, 0);

	private final AtomicInteger reads = new AtomicInteger();

	@AfterEach
	void noTransactionLeftBehind() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void aProductPageIsReadOncePerIntervalAndNothingIsKeptForAListingNotLive() {
		ShopperPageCache cache = new ShopperPageCache(Duration.ofMinutes(1));
		assertThat((String) cache.product(7, this::read)).isEqualTo("page 7");
		assertThat((String) cache.product(7, this::read)).isEqualTo("page 7");
		assertThat(this.reads).hasValue(1);
		assertThat((String) cache.product(8, (id) -> nothing())).isNull();
		assertThat((String) cache.product(8, this::read)).isEqualTo("page 8");
		assertThat(this.reads).hasValue(3);
	}

	@Test
	void aChangedListingIsReadAgainOnceItsTransactionCommits() {
		ShopperPageCache cache = new ShopperPageCache(Duration.ofMinutes(1));
		cache.product(7, this::read);
		cache.search(CHAIRS, this::results);
		TransactionSynchronizationManager.initSynchronization();
		cache.listingChanged(7);
		cache.product(7, this::read);
		cache.search(CHAIRS, this::results);
		assertThat(this.reads).hasValue(2);
		List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
		TransactionSynchronizationManager.clearSynchronization();
		synchronizations.forEach(TransactionSynchronization::afterCommit);
		cache.product(7, this::read);
		cache.search(CHAIRS, this::results);
		assertThat(this.reads).hasValue(4);
	}

	@Test
	void aStoreChangeDropsEveryCopy() {
		ShopperPageCache cache = new ShopperPageCache(Duration.ofMinutes(1));
		cache.product(7, this::read);
		cache.product(8, this::read);
		cache.store(3, this::store);
		cache.catalogChanged();
		cache.product(7, this::read);
		cache.product(8, this::read);
		cache.store(3, this::store);
		assertThat(this.reads).hasValue(6);
	}

	@Test
	void aStoreIsReadOncePerIntervalForAllItsListingsAndNotKeptWhenNotApproved() {
		ShopperPageCache cache = new ShopperPageCache(Duration.ofMinutes(1));
		Storefront.StoreShown first = cache.store(3, this::store);
		assertThat(cache.store(3, this::store)).isSameAs(first);
		assertThat(this.reads).hasValue(1);
		assertThat(cache.store(4, (id) -> null)).isNull();
		assertThat(cache.store(4, this::store)).isNotNull();
		assertThat(this.reads).hasValue(2);
		assertThat(new ShopperPageCache(Duration.ZERO).store(3, this::store)).isNotSameAs(first);
	}

	private Storefront.StoreShown store(long sellerId) {
		this.reads.incrementAndGet();
		return new Storefront.StoreShown(null, null);
	}

	@Test
	void turnedOffEveryViewReadsAfresh() {
		ShopperPageCache cache = new ShopperPageCache(Duration.ZERO);
		cache.product(7, this::read);
		cache.product(7, this::read);
		cache.search(CHAIRS, this::results);
		cache.search(CHAIRS, this::results);
		cache.listingChanged(7);
		assertThat(this.reads).hasValue(4);
	}

	private String read(long id) {
		this.reads.incrementAndGet();
		return "page " + id;
	}

	private String nothing() {
		this.reads.incrementAndGet();
		return null;
	}

	private Storefront.SearchResult results() {
		this.reads.incrementAndGet();
		return new Storefront.SearchResult(Page.empty(), false, List.of(), List.of());
	}

}
