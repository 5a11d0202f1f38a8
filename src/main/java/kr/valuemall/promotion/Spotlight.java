package kr.valuemall.promotion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Service;

import kr.valuemall.seller.SellerApi;

/**
 * The fair-exposure spotlight: a share of the home page and of every category page for
 * stores that have not had their chance yet.
 * <p>
 * The rule: a store is eligible when it is approved, has a live listing (the caller
 * passes those, for the page's category), and either opened within the last
 * {@code new-store-days} days or has never sold. Eligible stores are ordered by store id;
 * each load of a page shows the next {@code size} of them, wrapping round at the end. So
 * over ceil(eligible ÷ size) consecutive loads of one page every eligible store is shown
 * once. Each page keeps its own turn in PostgreSQL ({@link SpotlightTurns}), shared by
 * every app instance and kept across restarts.
 * <p>
 * Nothing here grows with the listings: the caller passes the stores with a live listing
 * (the catalog keeps them in their own table), when each opened is kept for half an hour
 * (it never changes) and which stores have sold for a few seconds (the sale's listener
 * clears it at once on this instance). Whether a store is still new is decided on each
 * load by the clock.
 */
@Service
public class Spotlight {

	/**
	 * When a store opened never changes once it is approved: kept long, so that the first
	 * loads after a quiet spell do not all wait for every store's date.
	 */
	private static final Duration OPENING_DATES_KEPT = Duration.ofMinutes(30);

	private final SellerApi sellers;

	private final SellerSales sales;

	private final SpotlightTurns turns;

	private final SpotlightProperties properties;

	private final Clock clock;

	private final Cache<Long, Optional<Instant>> openingDates = Caffeine.newBuilder()
		.expireAfterWrite(OPENING_DATES_KEPT)
		.maximumSize(100_000)
		.build();

	private final Cache<Inputs, List<Long>> lastEligible = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(2))
		.maximumSize(200)
		.build();

	/**
	 * The stores last found eligible among each set of candidates (the same object while
	 * it does not change; weak keys compare by identity).
	 */
	private final Cache<Collection<Long>, Previous> previous = Caffeine.newBuilder()
		.weakKeys()
		.maximumSize(200)
		.build();

	Spotlight(SellerApi sellers, SellerSales sales, SpotlightTurns turns, SpotlightProperties properties, Clock clock) {
		this.sellers = sellers;
		this.sales = sales;
		this.turns = turns;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The stores to show on this load of a page. Takes the page's next turn, so call it
	 * outside a read-only transaction.
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
		long turn = this.turns.next(placement);
		int start = (int) Math.floorMod(turn * size, (long) eligible.size());
		List<Long> shown = new ArrayList<>(Math.min(size, eligible.size()));
		for (int i = 0; i < Math.min(size, eligible.size()); i++) {
			shown.add(eligible.get((start + i) % eligible.size()));
		}
		return new SpotlightWindow(shown, eligible.size(), size, this.properties.newStoreDays());
	}

	/**
	 * Eligible stores among these, in store id order. Worked out once a second for the
	 * same stores and the same set of stores that sold (both are kept as the same objects
	 * while nothing changes), not on every load. While one load works them out for a new
	 * second, the loads meanwhile get the ones last worked out instead of waiting for it:
	 * that wait, once a second on every busy page, was most of their slowest hundredth.
	 */
	List<Long> eligible(Collection<Long> storesWithLiveListings) {
		if (storesWithLiveListings.isEmpty()) {
			return List.of();
		}
		Set<Long> sold = this.sales.sellersThatSold();
		Instant now = this.clock.instant();
		Inputs inputs = new Inputs(storesWithLiveListings, sold, now.getEpochSecond());
		List<Long> kept = this.lastEligible.getIfPresent(inputs);
		if (kept != null) {
			return kept;
		}
		Previous before = this.previous.getIfPresent(storesWithLiveListings);
		if (before != null && !before.working.compareAndSet(false, true)) {
			return before.eligible;
		}
		try {
			List<Long> eligible = this.lastEligible.get(inputs,
					(missing) -> eligible(storesWithLiveListings, sold, now));
			this.previous.put(storesWithLiveListings, new Previous(eligible));
			return eligible;
		}
		finally {
			if (before != null) {
				before.working.set(false);
			}
		}
	}

	private List<Long> eligible(Collection<Long> storesWithLiveListings, Set<Long> sold, Instant now) {
		Map<Long, Optional<Instant>> opened = this.openingDates.getAll(storesWithLiveListings, this::openingDatesOf);
		Instant newSince = now.minus(Duration.ofDays(this.properties.newStoreDays()));
		return opened.entrySet()
			.stream()
			.filter((store) -> !sold.contains(store.getKey())
					|| store.getValue().map((openedAt) -> openedAt.isAfter(newSince)).orElse(false))
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

	/**
	 * Approved stores only: one not approved is left out, so it is asked again next time.
	 */
	private Map<Long, Optional<Instant>> openingDatesOf(Set<? extends Long> sellerIds) {
		Map<Long, Instant> approved = this.sellers.openingDates(List.copyOf(sellerIds));
		return approved.keySet()
			.stream()
			.collect(Collectors.toMap((id) -> id, (id) -> Optional.ofNullable(approved.get(id))));
	}

	/**
	 * Eligible stores worked out before, and whether a load is working them out again.
	 */
	private static final class Previous {

		private final List<Long> eligible;

		private final AtomicBoolean working = new AtomicBoolean();

		Previous(List<Long> eligible) {
			this.eligible = eligible;
		}

	}

	/**
	 * What eligibility is worked out from: the very lists the caller and the sales keep
	 * (compared by identity, so a changed list is a new key) and the second.
	 */
	private record Inputs(Collection<Long> stores, Set<Long> sold, long second) {

		@Override
		public boolean equals(Object other) {
			return (other instanceof Inputs inputs) && this.stores == inputs.stores && this.sold == inputs.sold
					&& this.second == inputs.second;
		}

		@Override
		public int hashCode() {
			return 31 * (31 * System.identityHashCode(this.stores) + System.identityHashCode(this.sold))
					+ Long.hashCode(this.second);
		}

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
