package kr.valuemall.catalog.storefront;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.order.ShippingQuotes;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.catalog.CategoryMenu;
import kr.valuemall.catalog.CategoryView;
import kr.valuemall.catalog.images.ProductImageRef;
import kr.valuemall.catalog.images.ProductImages;
import kr.valuemall.catalog.listing.Product;
import kr.valuemall.catalog.listing.ProductRepository;
import kr.valuemall.catalog.listing.ProductStatus;
import kr.valuemall.catalog.notice.ProductNotice;
import kr.valuemall.catalog.search.ProductSearch;
import kr.valuemall.catalog.search.SearchQuery;

/**
 * What shoppers see of the catalog: live listings of approved stores, and nothing else.
 */
@Service
@Transactional(readOnly = true)
public class Storefront {

	public static final int PAGE_SIZE = 24;

	private final ProductRepository products;

	private final ProductCards cards;

	private final ProductImages images;

	private final SellerApi sellers;

	private final CategoryMenu categories;

	private final ProductSearch search;

	private final CampaignPrices prices;

	private final ShippingQuotes shipping;

	private final ShopperPageCache pageCache;

	Storefront(ProductRepository products, ProductCards cards, ProductImages images, SellerApi sellers,
			CategoryMenu categories, ProductSearch search, CampaignPrices prices, ShippingQuotes shipping,
			ShopperPageCache pageCache) {
		this.pageCache = pageCache;
		this.shipping = shipping;
		this.search = search;
		this.prices = prices;
		this.products = products;
		this.cards = cards;
		this.images = images;
		this.sellers = sellers;
		this.categories = categories;
	}

	/**
	 * Live listings for a search. When the words match nothing, listings with similar
	 * words (a typo) are shown instead, marked as such, with words and categories to try.
	 */
	public SearchResult search(SearchQuery query) {
		PageRequest request = PageRequest.of(query.page(), PAGE_SIZE);
		ProductSearch.SearchHits hits = this.search.find(query, PAGE_SIZE);
		List<String> suggestions = List.of();
		List<CategoryView> suggestedCategories = List.of();
		if (hits.total() == 0 && !query.text().isEmpty()) {
			hits = this.search.findSimilar(query, PAGE_SIZE);
			suggestions = this.search.similarWords(query, hits.ids(), 5);
		}
		List<ProductCard> content = this.cards.of(inOrder(hits.ids()));
		if (hits.total() == 0 || hits.similar()) {
			suggestedCategories = suggestedCategories(query, content);
		}
		return new SearchResult(new PageImpl<>(content, request, hits.total()), hits.similar(), suggestions,
				suggestedCategories);
	}

	/** The categories of similar listings, and those whose name holds the query. */
	private List<CategoryView> suggestedCategories(SearchQuery query, List<ProductCard> similar) {
		Set<String> slugs = new LinkedHashSet<>();
		similar.forEach((card) -> slugs.add(card.product().getCategorySlug()));
		String text = query.normalText();
		if (!text.isEmpty()) {
			this.categories.topLevel()
				.stream()
				.flatMap((top) -> Stream.concat(Stream.of(top), top.children().stream()))
				.filter((category) -> category.nameKo().replace(" ", "").contains(text)
						|| category.nameEn().toLowerCase().replace(" ", "").contains(text))
				.forEach((category) -> slugs.add(category.slug()));
		}
		return slugs.stream().flatMap((slug) -> this.categories.find(slug).stream()).limit(6).toList();
	}

	private List<Product> inOrder(List<Long> ids) {
		Map<Long, Product> byId = this.products.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Product::getId, Function.identity()));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	public static List<String> slugsOf(CategoryView category) {
		if (category == null) {
			return List.of();
		}
		List<String> slugs = new ArrayList<>();
		slugs.add(category.slug());
		category.children().forEach((child) -> slugs.add(child.slug()));
		return slugs;
	}

	public Optional<ProductPage> product(long id) {
		return this.products.findLive(id).flatMap(this::pageOf);
	}

	/**
	 * Any listing's page, whatever its status, for staff who review a held listing as
	 * shoppers would see it once approved.
	 */
	public Optional<ProductPage> preview(long id) {
		return this.products.findById(id).flatMap(this::pageOf);
	}

	/** The page of a listing read; empty when its store is not approved. */
	private Optional<ProductPage> pageOf(Product product) {
		StoreShown shown = this.pageCache.store(product.getSellerId(), this::storeShown);
		if (shown == null) {
			return Optional.empty();
		}
		PriceNow price = this.prices.of(product);
		return Optional.of(new ProductPage(product, shown.store(), this.images.imagesOf(product.getId()),
				this.categories.find(product.getCategorySlug()).orElse(null), price,
				shown.shipping().forOne(product.getSellerId(), product.getShippingFee(), price.amount())));
	}

	/** What every page of the store's listings shows of it; null when not approved. */
	private StoreShown storeShown(long sellerId) {
		return this.sellers.store(sellerId)
			.map((store) -> new StoreShown(store, this.shipping.forSellers(List.of(sellerId))))
			.orElse(null);
	}

	/**
	 * A store's summary and its free-shipping threshold, as its listings' pages show
	 * them.
	 */
	record StoreShown(StoreSummary store, ShippingQuotes.Quotes shipping) {
	}

	/** Any listing's product information notice, for the staff preview. */
	public ProductNotice previewNoticeOf(long productId) {
		return this.products.findById(productId).map(Product::getNotice).orElse(ProductNotice.NONE);
	}

	/**
	 * The live listing's product information notice; {@link ProductNotice#NONE} for a
	 * listing from before notices, or one not live.
	 */
	public ProductNotice noticeOf(long productId) {
		return this.products.findLive(productId).map(Product::getNotice).orElse(ProductNotice.NONE);
	}

	public List<ProductCard> newest(int howMany) {
		return this.cards.of(this.products.findNewestLive(Limit.of(howMany)));
	}

	/**
	 * Live listings by units sold on paid orders (refunds taken back); none before any
	 * sale.
	 */
	public List<ProductCard> bestSellers(int howMany) {
		return this.cards.of(this.products.findBestSellingLive(Limit.of(howMany)));
	}

	/**
	 * Cards of those of these listings that are live, in the order given; the others
	 * (held, taken off sale, of a suspended store, deleted) are left out.
	 */
	public List<ProductCard> liveCards(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.cards
			.of(inOrder(ids).stream().filter((product) -> product.getStatus() == ProductStatus.LIVE).toList());
	}

	public List<ProductCard> liveOf(StoreSummary store) {
		return this.cards.of(this.products.findLiveBySeller(store.sellerId()));
	}

	/**
	 * A page of results; {@code similar} when they only look like the query, with words
	 * and categories to try instead.
	 */
	public record SearchResult(Page<ProductCard> results, boolean similar, List<String> suggestions,
			List<CategoryView> suggestedCategories) {
	}

	/**
	 * Everything a product page shows.
	 * @param price what the product sells for now: a campaign's price while one runs
	 */
	/**
	 * A live listing's page.
	 *
	 * @param shippingFee what shipping one of it costs now (the order module's quote)
	 */
	public record ProductPage(Product product, StoreSummary store, List<ProductImageRef> images, CategoryView category,
			PriceNow price, long shippingFee) {
	}

}
