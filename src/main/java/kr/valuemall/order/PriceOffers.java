package kr.valuemall.order;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What the order module needs of promotions, implemented there: campaign prices and
 * coupons. The promotion module already follows order events, so the order module asks
 * through this port instead of depending on it. Without an implementation every product
 * sells at its list price and no coupon is accepted ({@link #NONE}).
 */
public interface PriceOffers {

	/** No campaigns and no coupons. */
	PriceOffers NONE = new PriceOffers() {

		@Override
		public Map<Long, Offer> campaignPrices(Collection<ShelfProduct> products, Instant at) {
			return Map.of();
		}

		@Override
		public CouponOutcome checkCoupon(String code, long shopperId, long itemsTotal, Instant at) {
			return new CouponOutcome.Refused(CouponRefusal.UNKNOWN, 0);
		}

		@Override
		public CouponOutcome applyCoupon(String code, long shopperId, long itemsTotal, UUID checkoutKey, Instant at) {
			return new CouponOutcome.Refused(CouponRefusal.UNKNOWN, 0);
		}

		@Override
		public void releaseCoupon(UUID checkoutKey, Instant at) {
		}

	};

	/**
	 * The campaign prices of those products that are in a campaign running at this
	 * instant, by product id; when a product is in two, the lower price.
	 */
	Map<Long, Offer> campaignPrices(Collection<ShelfProduct> products, Instant at);

	/** What a coupon would take off these items now, without using it. */
	CouponOutcome checkCoupon(String code, long shopperId, long itemsTotal, Instant at);

	/**
	 * Uses the coupon for one checkout, in the caller's transaction: if that transaction
	 * rolls back, the coupon was not used. Limits hold however many checkouts use it at
	 * once.
	 */
	CouponOutcome applyCoupon(String code, long shopperId, long itemsTotal, UUID checkoutKey, Instant at);

	/**
	 * The checkout's payment failed: its coupon use no longer counts. Safe to call twice
	 * or for a checkout without a coupon.
	 */
	void releaseCoupon(UUID checkoutKey, Instant at);

	/**
	 * A campaign's price for a product, in whole won.
	 *
	 * @param campaignSlug the campaign page's address, {@code /campaigns/{slug}}
	 * @param endsAt when the price stops (the midnight after the campaign's last day)
	 */
	record Offer(long campaignId, String campaignName, String campaignSlug, Instant endsAt, long price) {

	}

	/** Why a coupon was refused; the minimum order is given for BELOW_MINIMUM. */
	enum CouponRefusal {

		UNKNOWN, NOT_YET, EXPIRED, USED_UP, ALREADY_USED, BELOW_MINIMUM

	}

	sealed interface CouponOutcome {

		/** The coupon takes this much off the items, never more than their total. */
		record Applied(String code, long discount) implements CouponOutcome {
		}

		record Refused(CouponRefusal reason, long minimumOrder) implements CouponOutcome {
		}

	}

}
