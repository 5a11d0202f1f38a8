package kr.valuemall.order.cart;

import java.util.List;

import kr.valuemall.order.PriceOffers;
import kr.valuemall.order.ShelfProduct;
import kr.valuemall.order.delivery.IslandFees;
import kr.valuemall.order.delivery.RemoteArea;

/**
 * A cart priced for checkout: grouped by seller, each part with its shipping fee and,
 * when it goes to Jeju or another island, the extra fee for that.
 *
 * @param destination the remote area the parcels go to, or null for the mainland or an
 * address not yet known
 */
public record Basket(List<SellerPart> parts, RemoteArea destination) {

	public Basket(List<SellerPart> parts) {
		this(parts, null);
	}

	public long itemsTotal() {
		return this.parts.stream().mapToLong(SellerPart::itemsTotal).sum();
	}

	public long shippingTotal() {
		return this.parts.stream().mapToLong(SellerPart::shippingFee).sum();
	}

	/** The Jeju or island extra fees of all parts: 0 for the mainland. */
	public long islandFeeTotal() {
		return this.parts.stream().mapToLong(SellerPart::islandFee).sum();
	}

	public long total() {
		return itemsTotal() + shippingTotal() + islandFeeTotal();
	}

	/**
	 * What the island extra fees would add up to if the parcels went to that area
	 * instead.
	 */
	public long islandFeeTotal(RemoteArea area) {
		return this.parts.stream().mapToLong((part) -> part.islandFees().of(area)).sum();
	}

	/** Whether any seller charges extra for Jeju or the islands. */
	public boolean hasIslandFees() {
		return this.parts.stream().anyMatch((part) -> !part.islandFees().isNone());
	}

	public boolean isEmpty() {
		return this.parts.isEmpty();
	}

	/**
	 * One seller's items with the fee that seller charges for them.
	 *
	 * @param islandFees what the seller adds for Jeju and for the other islands: the
	 * highest of its items', once, and never waived by free shipping
	 * @param islandFee what it adds for this basket's destination
	 */
	public record SellerPart(long sellerId, String storeName, String storeSlug, List<Item> items, long shippingFee,
			Long freeShippingThreshold, IslandFees islandFees, long islandFee) {

		public SellerPart(long sellerId, String storeName, String storeSlug, List<Item> items, long shippingFee,
				Long freeShippingThreshold) {
			this(sellerId, storeName, storeSlug, items, shippingFee, freeShippingThreshold, IslandFees.NONE, 0);
		}

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

		/**
		 * What one unit sells for now: a campaign's price moves with the option's
		 * difference as the list price does.
		 */
		public long unitPrice() {
			return (this.offer != null) ? this.product.withOption(this.offer.price()) : this.product.price();
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
