package kr.valuemall.catalog.search;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import kr.valuemall.catalog.CategoryMenu;
import kr.valuemall.catalog.CategoryView;
import kr.valuemall.catalog.storefront.ShopperPageCache;
import kr.valuemall.catalog.storefront.SpotlightShelf;
import kr.valuemall.catalog.storefront.Storefront;
import kr.valuemall.shared.Region;
import kr.valuemall.web.SiteLinks;
import kr.valuemall.web.VisitorPage;
import kr.valuemall.web.forms.TypedNumbers;
import kr.valuemall.shared.ShortLived;

/**
 * Search results and category pages: live listings only. Filters arrive as text and are
 * read leniently: a value that makes no sense is left out (with a word for prices), never
 * an error page.
 * <p>
 * Pages without search words (a category's pages, the whole catalog, with or without
 * filters) are kept for {@code valuemall.catalog.shelf-max-age}: a new listing may take a
 * few seconds to appear there, and a busy category page is read a few times a minute
 * rather than on every load.
 */
@Controller
class ProductListController {

	static final String VIEW_PRODUCTS = "catalog/products";

	private final CategoryMenu categoryMenu;

	private final Storefront storefront;

	private final SpotlightShelf spotlight;

	private final SiteLinks site;

	private final ShortLived<SearchQuery, Storefront.SearchResult> browsed;

	private final ShopperPageCache pageCache;

	ProductListController(CategoryMenu categoryMenu, Storefront storefront, SpotlightShelf spotlight, SiteLinks site,
			ShopperPageCache pageCache, @Value("${valuemall.catalog.shelf-max-age:5s}") Duration shelfMaxAge,
			@Value("${valuemall.catalog.shelf-kept-for:10m}") Duration shelfKeptFor,
			@Qualifier("applicationTaskExecutor") ObjectProvider<TaskExecutor> rereads) {
		this.pageCache = pageCache;
		this.categoryMenu = categoryMenu;
		this.storefront = storefront;
		this.spotlight = spotlight;
		this.site = site;
		// Read again in the background, and kept across a quiet spell: no load waits for
		// a category's page once it has been read.
		this.browsed = new ShortLived<>(shelfMaxAge, 300, ShortLived.keptFor(shelfMaxAge, shelfKeptFor),
				rereads.getIfAvailable());
	}

	@GetMapping("/products")
	@VisitorPage(perLoad = "spotlight", perLoadFragment = "promotion/spotlight :: spotlight")
	String products(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "category", required = false) String categorySlug,
			@RequestParam(name = "sort", required = false) String sortParam,
			@RequestParam(name = "minPrice", required = false) String minPriceParam,
			@RequestParam(name = "maxPrice", required = false) String maxPriceParam,
			@RequestParam(name = "region", required = false) String regionParam,
			@RequestParam(name = "freeShipping", required = false) String freeShippingParam,
			@RequestParam(name = "inStock", required = false) String inStockParam,
			@RequestParam(name = "page", required = false) String pageParam, Model model) {
		String trimmed = (query != null) ? query.strip() : "";
		if (trimmed.length() > 100) {
			trimmed = trimmed.substring(0, 100);
		}
		Optional<CategoryView> category = Optional.ofNullable(categorySlug)
			.filter((slug) -> !slug.isBlank())
			.flatMap(this.categoryMenu::find);
		if (categorySlug != null && !categorySlug.isBlank() && category.isEmpty()) {
			throw CategoryNotFound.of(categorySlug);
		}
		Long minPrice = TypedNumbers.read(minPriceParam);
		Long maxPrice = TypedNumbers.read(maxPriceParam);
		boolean badPrice = (minPrice == null && !blank(minPriceParam)) || (maxPrice == null && !blank(maxPriceParam));
		Region region = Arrays.stream(Region.values())
			.filter((candidate) -> candidate.name().equals(regionParam))
			.findFirst()
			.orElse(null);
		boolean freeShipping = checked(freeShippingParam);
		boolean inStock = checked(inStockParam);
		SearchSort sort = SearchSort.fromParam(sortParam).orElse(null);
		int page = pageNumber(pageParam);

		SearchQuery search = new SearchQuery(trimmed, Storefront.slugsOf(category.orElse(null)), minPrice, maxPrice,
				region, freeShipping, inStock, sort, page);
		// Pages without words (category pages, the whole catalog) and searches with words
		// are
		// each kept a few seconds.
		Storefront.SearchResult result = trimmed.isEmpty() ? this.browsed.get(search, this.storefront::search)
				: this.pageCache.search(search, () -> this.storefront.search(search));

		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/products");
		addIfPresent(link, "q", trimmed.isEmpty() ? null : trimmed);
		addIfPresent(link, "category", category.map(CategoryView::slug).orElse(null));
		addIfPresent(link, "sort", (sort != null) ? sort.param() : null);
		addIfPresent(link, "minPrice", minPrice);
		addIfPresent(link, "maxPrice", maxPrice);
		addIfPresent(link, "region", (region != null) ? region.name() : null);
		addIfPresent(link, "freeShipping", freeShipping ? "true" : null);
		addIfPresent(link, "inStock", inStock ? "true" : null);

		// The filter panel says how many filters are on; clearing them keeps the words,
		// the category and the sort.
		int activeFilters = ((minPrice != null) ? 1 : 0) + ((maxPrice != null) ? 1 : 0) + ((region != null) ? 1 : 0)
				+ (freeShipping ? 1 : 0) + (inStock ? 1 : 0);
		UriComponentsBuilder clear = UriComponentsBuilder.fromPath("/products");
		addIfPresent(clear, "q", trimmed.isEmpty() ? null : trimmed);
		addIfPresent(clear, "category", category.map(CategoryView::slug).orElse(null));
		addIfPresent(clear, "sort", (sort != null) ? sort.param() : null);
		model.addAttribute("activeFilters", activeFilters);
		model.addAttribute("clearFiltersUrl", clear.build().encode().toUriString());
		model.addAttribute("trail", category.map((shown) -> this.categoryMenu.trail(shown.slug())).orElse(List.of()));

		model.addAttribute("query", trimmed);
		model.addAttribute("search", search);
		model.addAttribute("category", category.orElse(null));
		model.addAttribute("categories", this.categoryMenu.topLevel());
		model.addAttribute("results", result.results());
		model.addAttribute("similar", result.similar());
		model.addAttribute("suggestions", result.suggestions());
		model.addAttribute("suggestedCategories", result.suggestedCategories());
		model.addAttribute("badPrice", badPrice);
		model.addAttribute("sorts", trimmed.isEmpty() ? List.of(SearchSort.NEWEST, SearchSort.PRICE_ASC,
				SearchSort.PRICE_DESC, SearchSort.BEST_SELLING, SearchSort.RATING) : List.of(SearchSort.values()));
		// A list, not the array: the model is compared by value (VisitorPageCache).
		model.addAttribute("regions", List.of(Region.values()));
		model.addAttribute("pageLinks", new PageLinks(link));
		// A category's own page (no search words, filters or later pages) has the
		// spotlight and is the canonical address of its listings.
		if (category.isPresent() && trimmed.isEmpty()) {
			model.addAttribute("canonicalUrl", this.site.absolute("/products?category=" + category.get().slug()));
			if (page == 0) {
				model.addAttribute("spotlight", this.spotlight.category(category.get()));
			}
		}
		return VIEW_PRODUCTS;
	}

	private static int pageNumber(String value) {
		if (value == null || !value.strip().matches("\\d{1,6}")) {
			return 0;
		}
		return Integer.parseInt(value.strip());
	}

	private static boolean checked(String value) {
		return "true".equals(value) || "on".equals(value);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static void addIfPresent(UriComponentsBuilder link, String name, Object value) {
		if (value != null) {
			link.queryParam(name, value);
		}
	}

	/**
	 * Links to other pages of the same search, every filter kept. Equal when they lead to
	 * the same search, so two loads of one page have equal models (VisitorPageCache).
	 */
	public static final class PageLinks {

		private final UriComponentsBuilder base;

		private final String address;

		PageLinks(UriComponentsBuilder base) {
			this.base = base;
			this.address = base.build().encode().toUriString();
		}

		public String page(int page) {
			return this.base.cloneBuilder().replaceQueryParam("page", page).build().encode().toUriString();
		}

		@Override
		public boolean equals(Object other) {
			return (other instanceof PageLinks links) && this.address.equals(links.address);
		}

		@Override
		public int hashCode() {
			return this.address.hashCode();
		}

	}

}
