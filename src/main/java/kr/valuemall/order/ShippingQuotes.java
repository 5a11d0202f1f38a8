package kr.valuemall.order;

import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.order.cart.ShippingPolicies;

/**
 * The one shipping quote of the mall: what a shopper pays to have a listing shipped. The
 * cart charges a seller's part the highest product fee among its items, and nothing once
 * the part reaches the seller's free-shipping threshold; for a single item that is the
 * product's fee, or nothing when its price (the price the shopper pays now, campaign
 * price included) reaches the threshold. Product pages, cards, JSON-LD and both shopping
 * feeds ask here, so they say what the cart will charge (the rule itself is
 * {@link ShippingPolicies#fee}, which the cart applies to a seller's part). Island extras
 * depend on the address and are added at checkout ({@link ListingDelivery} tells them on
 * the product page).
 */
@Service
@Transactional(readOnly = true)
public class ShippingQuotes {

	private final ShippingPolicies policies;

	ShippingQuotes(ShippingPolicies policies) {
		this.policies = policies;
	}

	/** One unit of a listing at the price the shopper pays now. */
	public long forOne(long sellerId, long productShippingFee, long unitPrice) {
		return ShippingPolicies.fee(productShippingFee, unitPrice, this.policies.threshold(sellerId).orElse(null));
	}

	/**
	 * Quotes for the listings of these sellers, with each seller's threshold read once (a
	 * page of cards).
	 */
	public Quotes forSellers(Collection<Long> sellerIds) {
		return new Quotes(this.policies.thresholds(sellerIds));
	}

	/** Quotes for every seller (a feed of all live listings). */
	public Quotes forAllSellers() {
		return new Quotes(this.policies.allThresholds());
	}

	/** Sellers' free-shipping thresholds, read once, and the rule applied to them. */
	public static final class Quotes {

		private final Map<Long, Long> thresholds;

		Quotes(Map<Long, Long> thresholds) {
			this.thresholds = Map.copyOf(thresholds);
		}

		public long forOne(long sellerId, long productShippingFee, long unitPrice) {
			return ShippingPolicies.fee(productShippingFee, unitPrice, this.thresholds.get(sellerId));
		}

		/**
		 * A short token that changes when a threshold does, for a cached feed's ETag.
		 */
		public String fingerprint() {
			return Integer.toHexString(new java.util.TreeMap<>(this.thresholds).hashCode());
		}

	}

}
