package kr.valuemall.promotion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import kr.valuemall.order.ShelfProduct;

/**
 * A sale over a period, such as the national Value Together Sale. It runs from its first
 * day's midnight in Korea up to, not including, the midnight after its last day. The
 * campaign holds its own rules: when it runs, and which offers of sellers it takes at
 * which prices ({@link #consider}).
 *
 * @param maxDiscountPercent the most a seller may take off a list price in it
 * @param bannerEtag the banner picture's fingerprint, or null when it has none
 */
public record Campaign(long id, String name, String slug, String headline, Instant startsAt, Instant endsAt,
		int maxDiscountPercent, String bannerEtag) {

	static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

	public State state(Instant now) {
		if (now.isBefore(this.startsAt)) {
			return State.UPCOMING;
		}
		return now.isBefore(this.endsAt) ? State.RUNNING : State.ENDED;
	}

	public boolean hasBanner() {
		return this.bannerEtag != null;
	}

	public LocalDate firstDay() {
		return LocalDate.ofInstant(this.startsAt, KOREA);
	}

	public LocalDate lastDay() {
		return LocalDate.ofInstant(this.endsAt, KOREA).minusDays(1);
	}

	static Instant startOf(LocalDate day) {
		return day.atStartOfDay(KOREA).toInstant();
	}

	/** Sellers may put products in a campaign until it ends, also before it starts. */
	boolean takesOffers(Instant now) {
		return state(now) != State.ENDED;
	}

	/**
	 * A seller's offer judged by this campaign's rules: it must not have ended; the
	 * product must be the seller's own and on sale; the seller gives a discount or a
	 * price, not both; a discount is at least 1% and at most the campaign's maximum; a
	 * price is below the list price and not below what the maximum discount allows.
	 */
	CampaignOffer.Decision consider(CampaignOffer offer, Instant now) {
		List<CampaignOffer.Refusal> refusals = CampaignOffer.list();
		if (!takesOffers(now)) {
			refusals.add(new CampaignOffer.Refusal(null, "sellerCampaign.ended"));
			return CampaignOffer.Decision.refused(refusals);
		}
		ShelfProduct product = offer.product();
		if (product != null && (product.sellerId() != offer.sellerId() || !product.live())) {
			refusals.add(new CampaignOffer.Refusal("productId", "sellerCampaign.product.notYours"));
			product = null;
		}
		if (offer.hasPercent() == offer.hasPrice()) {
			refusals.add(new CampaignOffer.Refusal("discountPercent", "sellerCampaign.discount.oneOf"));
		}
		else if (offer.hasPercent() && offer.percent() != null
				&& (offer.percent() < 1 || offer.percent() > this.maxDiscountPercent)) {
			refusals.add(new CampaignOffer.Refusal("discountPercent", "form.number.range", 1L,
					(long) this.maxDiscountPercent));
		}
		else if (offer.hasPrice() && product != null && offer.price() != null) {
			long lowest = lowestPrice(product.price());
			if (offer.price() < 1 || offer.price() > product.price() - 1) {
				refusals.add(new CampaignOffer.Refusal("campaignPrice", "form.number.range", 1L, product.price() - 1));
			}
			else if (offer.price() < lowest) {
				refusals.add(new CampaignOffer.Refusal("campaignPrice", "sellerCampaign.price.belowLowest", lowest,
						this.maxDiscountPercent));
			}
		}
		if (!refusals.isEmpty() || product == null || (offer.hasPercent() ? offer.percent() : offer.price()) == null) {
			return CampaignOffer.Decision.refused(refusals);
		}
		Integer percent = offer.hasPercent() ? offer.percent().intValue() : null;
		Long price = offer.hasPrice() ? offer.price() : null;
		return new CampaignOffer.Decision(new CampaignEntry(this.id, product.id(), offer.sellerId(), percent, price),
				List.of());
	}

	/** The lowest price the campaign allows for this list price, rounded down. */
	long lowestPrice(long listPrice) {
		return priceAfter(listPrice, this.maxDiscountPercent);
	}

	/** The list price less a discount in percent, in whole won rounded down. */
	static long priceAfter(long listPrice, int percent) {
		return Math.multiplyExact(listPrice, (long) (100 - percent)) / 100;
	}

	public enum State {

		UPCOMING, RUNNING, ENDED

	}

}
