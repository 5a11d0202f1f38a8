package kr.valuemall.promotion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Service;

import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;

/**
 * The fair-exposure spotlight: a share of the home page and of every category page for
 * stores that have not had their chance yet.
 * <p>
 * The rule: a store is eligible when it is approved, has a live listing (the caller
 * passes those, for the page's category), and either opened within the last
 * {@code new-store-days} days or has never sold. Eligible stores are ordered by store id;
 * each load of a page shows the next {@code size} of them, wrapping round at the end. So
 * over ceil(eligible ÷ size) consecutive loads of one page every eligible store is shown
 * once. Each page keeps its own turn, on each app instance.
 */
@Service
public class Spotlight {

	private final SellerApi sellers;

	private final SellerSales sales;

	private final SpotlightProperties properties;

	private final Clock clock;

	private final Map<String, AtomicLong> turns = new ConcurrentHashMap<>();

	Spotlight(SellerApi sellers, SellerSales sales, SpotlightProperties properties, Clock clock) {
		this.sellers = sellers;
		this.sales = sales;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The stores to show on this load of a page.
	 * @param placement which page, e.g. {@code home} or {@code category:food}: each keeps
	 * its own turn, so the number of placements must stay small
	 * @param storesWithLiveListings stores with a live listing that the page could show
	 */
	public SpotlightWindow choose(String placement, Collection<Long> storesWithLiveListings) {
		List<Long> eligible = eligible(storesWithLiveListings);
		int size = this.properties.size();
		if (eligible.isEmpty()) {
			return new SpotlightWindow(List.of(), 0, size, this.properties.newStoreDays());
		}
		long turn = this.turns.computeIfAbsent(placement, (key) -> new AtomicLong()).getAndIncrement();
		int start = (int) Math.floorMod(turn * size, (long) eligible.size());
		List<Long> shown = new ArrayList<>(Math.min(size, eligible.size()));
		for (int i = 0; i < Math.min(size, eligible.size()); i++) {
			shown.add(eligible.get((start + i) % eligible.size()));
		}
		return new SpotlightWindow(shown, eligible.size(), size, this.properties.newStoreDays());
	}

	/** Eligible stores among these, in store id order. */
	List<Long> eligible(Collection<Long> storesWithLiveListings) {
		if (storesWithLiveListings.isEmpty()) {
			return List.of();
		}
		Map<Long, StoreSummary> stores = this.sellers.stores(storesWithLiveListings);
		Set<Long> sold = this.sales.sellersThatSold();
		Instant newSince = this.clock.instant().minus(Duration.ofDays(this.properties.newStoreDays()));
		return stores.values()
			.stream()
			.filter((store) -> !sold.contains(store.sellerId())
					|| (store.openedAt() != null && store.openedAt().isAfter(newSince)))
			.map(StoreSummary::sellerId)
			.sorted()
			.toList();
	}

	/**
	 * The stores to show now, in order, and the rule's numbers for the staff note.
	 *
	 * @param sellerIds the stores shown on this load
	 * @param eligibleStores how many stores the rule lets in
	 * @param size how many are shown at once
	 * @param newStoreDays how long a store counts as new
	 */
	public record SpotlightWindow(List<Long> sellerIds, int eligibleStores, int size, int newStoreDays) {

		/** Consecutive loads of one page in which every eligible store is shown. */
		public int loadsForFullRound() {
			return (this.eligibleStores + this.size - 1) / this.size;
		}

	}

}
