package kr.valuemall.catalog.storefront;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import kr.valuemall.order.PriceOffers;
import kr.valuemall.order.ShelfProduct;
import kr.valuemall.catalog.listing.Product;
import kr.valuemall.catalog.listing.ProductStatus;

/**
 * The prices the catalog's pages show, asked of the same port the cart asks, so that a
 * card never shows 12,000원 for a product the cart then charges 10,800원. Without an
 * implementation of the port every product shows its list price.
 */
@Component
class CampaignPrices {

	private final ObjectProvider<PriceOffers> offers;

	private final Clock clock;

	CampaignPrices(ObjectProvider<PriceOffers> offers, Clock clock) {
		this.offers = offers;
		this.clock = clock;
	}

	/** One question for all the products on a page, never one per product. */
	Map<Long, PriceNow> of(Collection<Product> products) {
		if (products.isEmpty()) {
			return Map.of();
		}
		Map<Long, PriceOffers.Offer> running = this.offers.getIfAvailable(() -> PriceOffers.NONE)
			.campaignPrices(products.stream().map(CampaignPrices::onShelf).toList(), this.clock.instant());
		Map<Long, PriceNow> prices = new HashMap<>();
		products.forEach((product) -> prices.put(product.getId(),
				new PriceNow(product.getPrice(), running.get(product.getId()))));
		return prices;
	}

	PriceNow of(Product product) {
		return of(List.of(product)).get(product.getId());
	}

	/**
	 * What the port needs to price a product: its id, seller and list price. The picture
	 * plays no part in a price, so none is looked up.
	 */
	private static ShelfProduct onShelf(Product product) {
		return new ShelfProduct(product.getId(), product.getSellerId(), product.getName(), product.getCategorySlug(),
				product.getPrice(), product.getStock(), product.getShippingFee(), null,
				product.getStatus() == ProductStatus.LIVE);
	}

}
