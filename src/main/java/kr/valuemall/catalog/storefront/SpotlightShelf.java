package kr.valuemall.catalog.storefront;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.promotion.Spotlight;
import kr.valuemall.catalog.CategoryView;
import kr.valuemall.catalog.listing.ProductRepository;

/**
 * The fair-exposure spotlight on the home and category pages. The catalog knows which
 * stores have live listings (in the page's category); the promotion module decides which
 * of them to show on this load; the catalog then shows each with its newest listing.
 */
@Component
public class SpotlightShelf {

	private final JdbcClient jdbc;

	private final ProductRepository products;

	private final ProductCards cards;

	private final Spotlight spotlight;

	SpotlightShelf(JdbcClient jdbc, ProductRepository products, ProductCards cards, Spotlight spotlight) {
		this.jdbc = jdbc;
		this.products = products;
		this.cards = cards;
		this.spotlight = spotlight;
	}

	@Transactional(readOnly = true)
	public SpotlightView home() {
		return show("home", List.of());
	}

	/** For a category page: stores with a live listing in the category or below it. */
	@Transactional(readOnly = true)
	public SpotlightView category(CategoryView category) {
		return show("category:" + category.slug(), Storefront.slugsOf(category));
	}

	private SpotlightView show(String placement, List<String> categorySlugs) {
		String inCategory = categorySlugs.isEmpty() ? "" : " AND category_slug IN (:slugs)";
		List<Long> candidates = this.jdbc
			.sql("SELECT DISTINCT seller_id FROM product WHERE status = 'LIVE'" + inCategory)
			.param("slugs", categorySlugs)
			.query(Long.class)
			.list();
		Spotlight.SpotlightWindow window = this.spotlight.choose(placement, candidates);
		if (window.sellerIds().isEmpty()) {
			return new SpotlightView(List.of(), window);
		}
		List<Long> newest = this.jdbc.sql("""
				SELECT DISTINCT ON (seller_id) id FROM product
				WHERE status = 'LIVE' AND seller_id IN (:sellers)""" + inCategory + """

				ORDER BY seller_id, published_at DESC, id DESC
				""").param("slugs", categorySlugs).param("sellers", window.sellerIds()).query(Long.class).list();
		Map<Long, ProductCard> bySeller = this.cards.of(this.products.findAllById(newest))
			.stream()
			.collect(Collectors.toMap((card) -> card.product().getSellerId(), Function.identity()));
		List<ProductCard> shown = window.sellerIds().stream().map(bySeller::get).filter(Objects::nonNull).toList();
		return new SpotlightView(shown, window);
	}

	/**
	 * The stores shown on this load, each with one live listing, and the rule's numbers.
	 */
	public record SpotlightView(List<ProductCard> cards, Spotlight.SpotlightWindow window) {

	}

}
