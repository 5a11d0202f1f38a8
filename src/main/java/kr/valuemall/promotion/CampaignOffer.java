package kr.valuemall.promotion;

import java.util.ArrayList;
import java.util.List;

import kr.valuemall.order.ShelfProduct;

/**
 * What a seller offers a campaign: one of their products, at a discount in percent or at
 * a campaign price (the numbers already read from the form; nulls where nothing readable
 * was typed). {@link Campaign#consider} answers with the entry, or with every rule the
 * offer breaks.
 *
 * @param product the product as the shop shelf has it, or null when none was chosen or it
 * does not exist
 * @param hasPercent whether a discount was typed, readable or not
 * @param hasPrice whether a price was typed, readable or not
 */
record CampaignOffer(long sellerId, ShelfProduct product, boolean hasPercent, Long percent, boolean hasPrice,
		Long price) {

	/**
	 * A rule the offer breaks: the form field it concerns, a message key and its
	 * arguments.
	 */
	record Refusal(String field, String code, Object... args) {
	}

	/** The campaign's answer: an entry to store, or the refusals. */
	record Decision(CampaignEntry entry, List<Refusal> refusals) {

		static Decision refused(List<Refusal> refusals) {
			return new Decision(null, List.copyOf(refusals));
		}

		boolean accepted() {
			return this.entry != null;
		}

	}

	static List<Refusal> list() {
		return new ArrayList<>();
	}

}
