package kr.valuemall.order.cart;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import kr.valuemall.order.PriceOffers;
import kr.valuemall.order.DeliveryOverride;
import kr.valuemall.order.ShelfProduct;
import kr.valuemall.order.delivery.DeliveryTerms;
import kr.valuemall.order.delivery.IslandFees;
import kr.valuemall.order.delivery.RemoteArea;
import kr.valuemall.order.delivery.SellerDeliveryTerms;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;

/**
 * Turns cart lines and the products as they are now into a basket: grouped by seller in
 * the order the shopper added them, each group with its shipping fee and, for a parcel to
 * Jeju or another island, the seller's extra fee.
 */
@Component
public class BasketPricing {

	private final ShippingPolicies policies;

	private final SellerDeliveryTerms deliveryTerms;

	private final SellerApi sellers;

	private final ObjectProvider<PriceOffers> offers;

	private final Clock clock;

	BasketPricing(ShippingPolicies policies, SellerDeliveryTerms deliveryTerms, SellerApi sellers,
			ObjectProvider<PriceOffers> offers, Clock clock) {
		this.policies = policies;
		this.deliveryTerms = deliveryTerms;
		this.sellers = sellers;
		this.offers = offers;
		this.clock = clock;
	}

	/** The campaign prices, or none when no module offers any. */
	public PriceOffers offers() {
		return this.offers.getIfAvailable(() -> PriceOffers.NONE);
	}

	/** What one unit of the product (with its option's difference) sells for now. */
	long unitPrice(ShelfProduct product) {
		PriceOffers.Offer offer = offers().campaignPrices(List.of(product), this.clock.instant()).get(product.id());
		return (offer != null) ? product.withOption(offer.price()) : product.price();
	}

	/**
	 * Prices the lines as they would sell now: a campaign's price while it runs, the list
	 * price otherwise.
	 */
	public Basket price(List<CartLine> lines, Map<Long, ShelfProduct> products) {
		return price(lines, products, null);
	}

	/**
	 * Prices the lines as they would sell now and be sent to the destination: a Jeju or
	 * island destination adds each seller's extra fee for it (the highest of its items',
	 * free shipping or not).
	 * @param destination the remote area the parcels go to, or null for the mainland
	 */
	public Basket price(List<CartLine> lines, Map<Long, ShelfProduct> products, RemoteArea destination) {
		// the SKUs, keyed by SKU id; campaigns and delivery terms go by listing
		Map<Long, PriceOffers.Offer> campaign = products.isEmpty() ? Map.of()
				: offers().campaignPrices(products.values(), this.clock.instant());
		Map<Long, List<Basket.Item>> bySeller = new LinkedHashMap<>();
		for (CartLine line : lines) {
			ShelfProduct product = products.get(line.skuId());
			if (product != null) {
				bySeller.computeIfAbsent(product.sellerId(), (id) -> new ArrayList<>())
					.add(new Basket.Item(product, line.quantity(), line.priceSeen(), campaign.get(product.id())));
			}
		}
		Set<Long> sellerIds = bySeller.keySet();
		Map<Long, Long> thresholds = this.policies.thresholds(sellerIds);
		Map<Long, StoreSummary> stores = this.sellers.stores(sellerIds);
		Map<Long, DeliveryTerms> terms = this.deliveryTerms.of(sellerIds);
		Map<Long, DeliveryOverride> overrides = this.deliveryTerms
			.overrides(products.values().stream().map(ShelfProduct::id).collect(Collectors.toSet()));
		List<Basket.SellerPart> parts = bySeller.entrySet().stream().map((entry) -> {
			long itemsTotal = entry.getValue().stream().mapToLong(Basket.Item::amount).sum();
			Long threshold = thresholds.get(entry.getKey());
			StoreSummary store = stores.get(entry.getKey());
			IslandFees islandFees = IslandFees.NONE;
			for (Basket.Item item : entry.getValue()) {
				islandFees = islandFees
					.max(DeliveryTerms.islandFees(terms.get(entry.getKey()), overrides.get(item.product().id())));
			}
			return new Basket.SellerPart(entry.getKey(), (store != null) ? store.storeName() : "",
					(store != null) ? store.slug() : null, List.copyOf(entry.getValue()),
					ShippingPolicies.feeFor(entry.getValue(), itemsTotal, threshold), threshold, islandFees,
					islandFees.of(destination));
		}).collect(Collectors.toList());
		return new Basket(parts, destination);
	}

}
