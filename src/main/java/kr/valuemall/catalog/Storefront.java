package kr.valuemall.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;

/**
 * What shoppers see of the catalog: live listings of approved stores, and nothing else.
 */
@Service
@Transactional(readOnly = true)
class Storefront {

	static final int PAGE_SIZE = 24;

	private final ProductRepository products;

	private final ProductCards cards;

	private final ProductImages images;

	private final SellerApi sellers;

	private final CategoryMenu categories;

	Storefront(ProductRepository products, ProductCards cards, ProductImages images, SellerApi sellers,
			CategoryMenu categories) {
		this.products = products;
		this.cards = cards;
		this.images = images;
		this.sellers = sellers;
		this.categories = categories;
	}

	/**
	 * Live listings matching the words (simple containment for now) in a category and its
	 * children.
	 */
	public Page<ProductCard> search(String query, CategoryView category, int page) {
		String pattern = "%" + escape(query.toLowerCase()) + "%";
		PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE);
		Page<Product> found;
		if (category != null) {
			List<String> slugs = new ArrayList<>();
			slugs.add(category.slug());
			category.children().forEach((child) -> slugs.add(child.slug()));
			found = this.products.findLiveInCategories(slugs, pattern, request);
		}
		else {
			found = this.products.findLive(pattern, request);
		}
		List<ProductCard> content = this.cards.of(found.getContent());
		return new PageImpl<>(content, request, found.getTotalElements());
	}

	public Optional<ProductPage> product(long id) {
		return this.products.findLive(id)
			.flatMap((product) -> this.sellers.store(product.getSellerId())
				.map((store) -> new ProductPage(product, store, this.images.imagesOf(id),
						this.categories.find(product.getCategorySlug()).orElse(null))));
	}

	public List<ProductCard> newest(int howMany) {
		return this.cards.of(this.products.findNewestLive(Limit.of(howMany)));
	}

	public List<ProductCard> liveOf(StoreSummary store) {
		return this.cards.of(this.products.findLiveBySeller(store.sellerId()));
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** Everything a product page shows. */
	public record ProductPage(Product product, StoreSummary store, List<ProductImageRef> images,
			CategoryView category) {
	}

}
