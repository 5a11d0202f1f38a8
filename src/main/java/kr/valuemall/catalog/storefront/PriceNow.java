package kr.valuemall.catalog.storefront;

import java.time.LocalDate;

import kr.valuemall.order.PriceOffers;
import kr.valuemall.web.DateTimeDisplay;

/**
 * What a shopper pays for one unit of a product now: its list price, or while a campaign
 * runs for it, the campaign's price, the same one the cart will charge.
 *
 * @param listPrice the seller's list price, in whole won
 * @param offer the running campaign's offer, or {@code null} outside any campaign
 */
public record PriceNow(long listPrice, PriceOffers.Offer offer) {

	/** The list price, with no campaign. */
	static PriceNow listed(long listPrice) {
		return new PriceNow(listPrice, null);
	}

	/** In whole won. */
	public long amount() {
		return discounted() ? this.offer.price() : this.listPrice;
	}

	public boolean discounted() {
		return this.offer != null && this.offer.price() < this.listPrice;
	}

	/**
	 * How much the campaign takes off, in percent of the list price, rounded down so that
	 * a shopper never reads a bigger discount than the one given.
	 */
	public int discountPercent() {
		return discounted() ? (int) ((this.listPrice - this.offer.price()) * 100 / this.listPrice) : 0;
	}

	/** The campaign page's slug, or {@code null} outside any campaign. */
	public String campaignSlug() {
		return discounted() ? this.offer.campaignSlug() : null;
	}

	/**
	 * The campaign's last day in Korea, the last day this price holds, or {@code null}
	 * outside any campaign.
	 */
	public LocalDate lastDay() {
		return discounted() ? LocalDate.ofInstant(this.offer.endsAt().minusNanos(1), DateTimeDisplay.SEOUL) : null;
	}

	/** The campaign's name, or {@code null} outside any campaign. */
	public String campaignName() {
		return discounted() ? this.offer.campaignName() : null;
	}

}
