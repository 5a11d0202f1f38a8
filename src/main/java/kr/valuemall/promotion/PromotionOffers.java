package kr.valuemall.promotion;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import kr.valuemall.order.PriceOffers;
import kr.valuemall.order.ShelfProduct;

/**
 * Campaign prices and coupons for the order module's cart and checkout.
 */
@Component
class PromotionOffers implements PriceOffers {

	private final Campaigns campaigns;

	private final Coupons coupons;

	PromotionOffers(Campaigns campaigns, Coupons coupons) {
		this.campaigns = campaigns;
		this.coupons = coupons;
	}

	@Override
	public Map<Long, Offer> campaignPrices(Collection<ShelfProduct> products, Instant at) {
		return this.campaigns.prices(products, at);
	}

	@Override
	public CouponOutcome checkCoupon(String code, long shopperId, long itemsTotal, Instant at) {
		return this.coupons.check(code, shopperId, itemsTotal, at);
	}

	@Override
	public CouponOutcome applyCoupon(String code, long shopperId, long itemsTotal, UUID checkoutKey, Instant at) {
		return this.coupons.use(code, shopperId, itemsTotal, checkoutKey, at);
	}

	@Override
	public void releaseCoupon(UUID checkoutKey, Instant at) {
		this.coupons.release(checkoutKey, at);
	}

}
