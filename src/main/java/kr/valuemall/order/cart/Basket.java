package kr.valuemall.order.cart;

import java.util.List;

import kr.valuemall.order.PriceOffers;
import kr.valuemall.order.ShelfProduct;

/**
 * A cart priced for checkout: grouped by seller, each part with its shipping fee.
 */
public record Basket(List<SellerPart> parts) {

	public long itemsTotal() {
		return this.parts.stream().mapToLong(SellerPart::itemsTotal).sum();
	}

	public long shippingTotal() {
		return this.parts.stream().mapToLong(SellerPart::shippingFee).sum();
	}

	public long total() {
		return itemsTotal() + shippingTotal();
	}

	public boolean isEmpty() {
		return this.parts.isEmpty();
	}

	/** One seller's items with the fee that seller charges for them. */
	public record SellerPart(long sellerId, String storeName, String storeSlug, List<Item> items, long shippingFee,
			Long freeShippingThreshold) {

		public long itemsTotal() {
			return this.items.stream().mapToLong(Item::amount).sum();
		}

		/** How much more would make shipping free, or 0. */
		public long untilFreeShipping() {
			if (this.freeShippingThreshold == null || this.shippingFee == 0) {
				return 0;
			}
			return Math.max(0, this.freeShippingThreshold - itemsTotal());
		}

	}

	/**
	 * A product and how many, at today's price: the list price, or a running campaign's
	 * price when there is one. The price seen when it was put in the cart is kept so a
	 * change can be pointed out.
	 *
	 * @param offer the campaign price that applies now, or null
	 */
	public record Item(ShelfProduct product, int quantity, long priceSeen, PriceOffers.Offer offer) {

		public Item(ShelfProduct product, int quantity, long priceSeen) {
			this(product, quantity, priceSeen, null);
		}

		/** What one unit sells for now. */
		public long unitPrice() {
			return (this.offer != null) ? this.offer.price() : this.product.price();
		}

		public long listPrice() {
			return this.product.price();
		}

		public boolean discounted() {
			return this.offer != null;
		}

		public long amount() {
			return Math.multiplyExact(unitPrice(), (long) this.quantity);
		}

		public boolean priceChanged() {
			return this.priceSeen != unitPrice();
		}

		public boolean available() {
			return this.product.live() && this.product.stock() >= this.quantity;
		}

	}

}
