package kr.valuemall.catalog;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;

/**
 * Turns products into cards with two more queries in all, whatever the number of
 * products.
 */
@Component
class ProductCards {

	private final ProductImages images;

	private final SellerApi sellers;

	ProductCards(ProductImages images, SellerApi sellers) {
		this.images = images;
		this.sellers = sellers;
	}

	List<ProductCard> of(List<Product> products) {
		if (products.isEmpty()) {
			return List.of();
		}
		Map<Long, ProductImageRef> firstImages = this.images
			.firstImagesOf(products.stream().map(Product::getId).toList());
		Map<Long, StoreSummary> stores = this.sellers
			.stores(products.stream().map(Product::getSellerId).collect(Collectors.toSet()));
		return products.stream()
			.filter((product) -> stores.containsKey(product.getSellerId()))
			.map((product) -> new ProductCard(product, firstImages.get(product.getId()),
					stores.get(product.getSellerId())))
			.toList();
	}

}
