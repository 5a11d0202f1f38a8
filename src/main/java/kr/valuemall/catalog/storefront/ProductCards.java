package kr.valuemall.catalog.storefront;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import kr.valuemall.order.ShippingQuotes;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.catalog.images.ProductImageRef;
import kr.valuemall.catalog.images.ProductImages;
import kr.valuemall.catalog.listing.Product;

/**
 * Turns products into cards with four more queries in all, whatever the number of
 * products: their pictures, their stores, their campaign prices and their sellers'
 * free-shipping thresholds.
 */
@Component
class ProductCards {

	private final ProductImages images;

	private final SellerApi sellers;

	private final CampaignPrices prices;

	private final ShippingQuotes shipping;

	ProductCards(ProductImages images, SellerApi sellers, CampaignPrices prices, ShippingQuotes shipping) {
		this.images = images;
		this.sellers = sellers;
		this.prices = prices;
		this.shipping = shipping;
	}

	List<ProductCard> of(List<Product> products) {
		if (products.isEmpty()) {
			return List.of();
		}
		Map<Long, ProductImageRef> firstImages = this.images
			.firstImagesOf(products.stream().map(Product::getId).toList());
		Map<Long, StoreSummary> stores = this.sellers
			.stores(products.stream().map(Product::getSellerId).collect(Collectors.toSet()));
		List<Product> shown = products.stream().filter((product) -> stores.containsKey(product.getSellerId())).toList();
		Map<Long, PriceNow> prices = this.prices.of(shown);
		ShippingQuotes.Quotes quotes = this.shipping.forSellers(stores.keySet());
		return shown.stream().map((product) -> {
			PriceNow price = prices.get(product.getId());
			return new ProductCard(product, firstImages.get(product.getId()), stores.get(product.getSellerId()), price,
					quotes.forOne(product.getSellerId(), product.getShippingFee(), price.amount()));
		}).toList();
	}

}
