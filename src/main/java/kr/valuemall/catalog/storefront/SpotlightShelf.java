package kr.valuemall.catalog.storefront;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.valuemall.promotion.Spotlight;
import kr.valuemall.catalog.CategoryView;
import kr.valuemall.catalog.listing.ProductRepository;
import kr.valuemall.shared.ShortLived;

/**
 * The fair-exposure spotlight on the home and category pages. The catalog knows which
 * stores have live listings (in the page's category); the promotion module decides which
 * of them to show on this load; the catalog then shows each with its newest listing.
 * <p>
 * Which stores have live listings comes from catalog_live_store (V100, kept by a trigger
 * on product), remembered while its version stays the same. The version is read at most
 * once a second (and on every load when {@code shelf-max-age} is 0), so a store's first
 * live listing shows within a second on every instance, and a busy page does not wait for
 * a database connection on every load for it. The cards (a store's newest listing there,
 * its price and picture) are read for all such stores of the page at once, in one set of
 * queries, and kept for {@code valuemall.catalog.shelf-max-age}: read a few stores at a
 * time as the windows turned, they all came due within a fraction of a second of each
 * other every few seconds, and that burst of small reads held up every load meanwhile.
 * They are read again in the background (the loads meanwhile are given the cards before,
 * after a quiet spell too, up to {@code valuemall.catalog.shelf-kept-for}); when the
 * stores change, or none are kept, each load reads just the cards it shows until every
 * store's are read. With a max age of 0 (tests) only the shown stores' cards are read. No
 * transaction here: the promotion module takes the page's turn from a sequence, which a
 * read-only transaction may not do.
 */
@Component
public class SpotlightShelf {

	private final JdbcClient jdbc;

	private final ProductRepository products;

	private final ProductCards cards;

	private final Spotlight spotlight;

	private final Cache<Candidates, List<Long>> candidates = Caffeine.newBuilder()
		.maximumSize(500)
		.expireAfterWrite(Duration.ofMinutes(10))
		.build();

	/** Each page's cards by store, for all its stores with a live listing. */
	private final ShortLived<Candidates, Map<Long, ProductCard>> shown;

	/** The cards' key last used for each page's categories. */
	private final Map<List<String>, Candidates> latest = new ConcurrentHashMap<>();

	/** Whether the cards are kept at all (a max age above 0). */
	private final boolean cardsKept;

	/**
	 * How long the live stores' version read is used: a second, or less when shelves are.
	 */
	private static final Duration VERSION_MAX_AGE = Duration.ofSeconds(1);

	private final ShortLived<Boolean, Long> version;

	SpotlightShelf(JdbcClient jdbc, ProductRepository products, ProductCards cards, Spotlight spotlight,
			@Value("${valuemall.catalog.shelf-max-age:5s}") Duration shelfMaxAge,
			@Value("${valuemall.catalog.shelf-kept-for:10m}") Duration shelfKeptFor,
			@Qualifier("applicationTaskExecutor") TaskExecutor rereads) {
		this.jdbc = jdbc;
		this.products = products;
		this.cards = cards;
		this.spotlight = spotlight;
		// Reading every store's card takes a while on a busy machine (up to a second
		// at a load's share of two cores): it is done in the background, and meanwhile
		// the cards before are shown (after a quiet spell too, up to shelf-kept-for).
		this.shown = new ShortLived<>(shelfMaxAge, 200, ShortLived.keptFor(shelfMaxAge, shelfKeptFor), rereads);
		this.cardsKept = !shelfMaxAge.isZero() && !shelfMaxAge.isNegative();
		this.version = new ShortLived<>((shelfMaxAge.compareTo(VERSION_MAX_AGE) < 0) ? shelfMaxAge : VERSION_MAX_AGE,
				1);
	}

	public SpotlightView home() {
		return show("home", List.of());
	}

	/** For a category page: stores with a live listing in the category or below it. */
	public SpotlightView category(CategoryView category) {
		return show("category:" + category.slug(), Storefront.slugsOf(category));
	}

	private SpotlightView show(String placement, List<String> categorySlugs) {
		long version = this.version.get(Boolean.TRUE,
				(key) -> this.jdbc.sql("SELECT version FROM catalog_live_store_version WHERE id = 1")
					.query(Long.class)
					.single());
		List<Long> stores = this.candidates.get(new Candidates(categorySlugs, version),
				(key) -> storesWithLiveListings(categorySlugs));
		Spotlight.SpotlightWindow window = this.spotlight.choose(placement, stores);
		if (window.sellerIds().isEmpty()) {
			return new SpotlightView(List.of(), window);
		}
		List<Long> cardStores = this.cardsKept ? stores : window.sellerIds();
		// New candidates (a store's first or last live listing there) or none kept: every
		// store's cards are read in the background while the loads meanwhile read just
		// the ones they show.
		Candidates cardsKey = new Candidates(categorySlugs, version);
		Candidates before = this.latest.put(categorySlugs, cardsKey);
		if (before != null && !before.equals(cardsKey)) {
			// Kept for minutes: the cards of an older version are never shown again.
			this.shown.invalidate(before);
		}
		Map<Long, ProductCard> cards = this.shown.getOrInterim(cardsKey,
				(key) -> newestCards(categorySlugs, cardStores), () -> newestCards(categorySlugs, window.sellerIds()));
		List<ProductCard> shownCards = window.sellerIds().stream().map(cards::get).filter(Objects::nonNull).toList();
		return new SpotlightView(shownCards, window);
	}

	private List<Long> storesWithLiveListings(List<String> categorySlugs) {
		String inCategory = categorySlugs.isEmpty() ? "" : " WHERE category_slug IN (:slugs)";
		return this.jdbc.sql("SELECT DISTINCT seller_id FROM catalog_live_store" + inCategory + " ORDER BY seller_id")
			.param("slugs", categorySlugs)
			.query(Long.class)
			.list();
	}

	/** Each store's newest live listing (in the category), as a card. */
	private Map<Long, ProductCard> newestCards(List<String> categorySlugs, List<Long> sellers) {
		if (sellers.isEmpty()) {
			return Map.of();
		}
		String inCategory = categorySlugs.isEmpty() ? "" : " AND category_slug IN (:slugs)";
		List<Long> newest = this.jdbc.sql("""
				SELECT DISTINCT ON (seller_id) id FROM product
				WHERE status = 'LIVE' AND seller_id IN (:sellers)""" + inCategory + """

				ORDER BY seller_id, published_at DESC, id DESC
				""").param("slugs", categorySlugs).param("sellers", sellers).query(Long.class).list();
		return this.cards.of(this.products.findAllById(newest))
			.stream()
			.collect(Collectors.toMap((card) -> card.product().getSellerId(), (card) -> card));
	}

	/**
	 * The stores shown on this load, each with one live listing, and the rule's numbers.
	 */
	public record SpotlightView(List<ProductCard> cards, Spotlight.SpotlightWindow window) {

	}

	/**
	 * Stores with a live listing in these categories (all when none), as of a version.
	 */
	private record Candidates(List<String> categorySlugs, long version) {

	}

}
