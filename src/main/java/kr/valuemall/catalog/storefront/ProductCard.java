package kr.valuemall.catalog.storefront;

import java.util.Objects;

import kr.valuemall.seller.StoreSummary;
import kr.valuemall.catalog.images.ProductImageRef;
import kr.valuemall.catalog.listing.Product;

/**
 * A product as lists show it: with its first picture, its store, what it sells for now
 * and what shipping one of it costs (the order module's quote: the seller's free-shipping
 * threshold applied to the price now).
 * <p>
 * Two cards are equal when they show the same listing at the same version (every save of
 * a listing counts one up) with the same picture, store, price and shipping: a shelf read
 * again a few seconds later with nothing changed is then equal to the one before, so the
 * visitors' page copies made from it are still used ({@code VisitorPageCache}), where the
 * listing entity alone would compare by identity and make every refresh a new page.
 */
public record ProductCard(Product product, ProductImageRef image, StoreSummary store, PriceNow price,
		long shippingFee) {

	@Override
	public boolean equals(Object other) {
		return (other instanceof ProductCard card) && Objects.equals(this.product.getId(), card.product.getId())
				&& this.product.getVersion() == card.product.getVersion() && this.shippingFee == card.shippingFee
				&& Objects.equals(this.image, card.image) && Objects.equals(this.store, card.store)
				&& Objects.equals(this.price, card.price);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.product.getId(), this.product.getVersion(), this.image, this.store, this.price,
				this.shippingFee);
	}

}
