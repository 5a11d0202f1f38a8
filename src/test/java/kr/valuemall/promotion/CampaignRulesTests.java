package kr.valuemall.promotion;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import kr.valuemall.order.ShelfProduct;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The campaign's own rules for sellers' offers, with no web page or database in between:
 * what the seller centre's form shows as field errors comes from here.
 */
class CampaignRulesTests {

	private static final Instant NOW = Instant.parse("2030-05-10T03:00:00Z");

	/** Up to 30% off, running from yesterday for three more days. */
	private final Campaign campaign = new Campaign(7, "봄 세일", "spring", "봄", NOW.minus(Duration.ofDays(1)),
			NOW.plus(Duration.ofDays(3)), 30, null);

	/** The seller's live stool at 50,000원. */
	private final ShelfProduct stool = new ShelfProduct(11, 3, "스툴", "chairs-stools", 50_000, 5, 3_000, null, true);

	@Test
	void aDiscountWithinTheMaximumBecomesAnEntry() {
		CampaignOffer.Decision decision = this.campaign
			.consider(new CampaignOffer(3, this.stool, true, 15L, false, null), NOW);
		assertThat(decision.accepted()).isTrue();
		assertThat(decision.entry()).isEqualTo(new CampaignEntry(7, 11, 3, 15, null));
		// 50,000원 less 15% is 42,500원.
		assertThat(decision.entry().priceFor(50_000, 30)).isEqualTo(42_500);
	}

	@Test
	void aDiscountAboveTheMaximumOrBothKindsAtOnceAreRefused() {
		assertThat(refusalsOf(new CampaignOffer(3, this.stool, true, 40L, false, null)))
			.containsExactly("discountPercent:form.number.range");
		assertThat(refusalsOf(new CampaignOffer(3, this.stool, true, 0L, false, null)))
			.containsExactly("discountPercent:form.number.range");
		assertThat(refusalsOf(new CampaignOffer(3, this.stool, true, 10L, true, 40_000L)))
			.containsExactly("discountPercent:sellerCampaign.discount.oneOf");
	}

	@Test
	void aPriceMustBeBelowTheListPriceAndNotBelowTheMaximumDiscount() {
		// 30% off 50,000원 is 35,000원: the lowest price this campaign allows.
		assertThat(refusalsOf(new CampaignOffer(3, this.stool, false, null, true, 34_999L)))
			.containsExactly("campaignPrice:sellerCampaign.price.belowLowest");
		assertThat(refusalsOf(new CampaignOffer(3, this.stool, false, null, true, 50_000L)))
			.containsExactly("campaignPrice:form.number.range");
		CampaignOffer.Decision lowest = this.campaign
			.consider(new CampaignOffer(3, this.stool, false, null, true, 35_000L), NOW);
		assertThat(lowest.entry()).isEqualTo(new CampaignEntry(7, 11, 3, null, 35_000L));
	}

	@Test
	void onlyTheSellersOwnLiveProductsAndOnlyUntilTheCampaignEnds() {
		ShelfProduct someoneElses = new ShelfProduct(12, 4, "남의 스툴", "chairs-stools", 50_000, 5, 3_000, null, true);
		ShelfProduct hidden = new ShelfProduct(13, 3, "숨긴 스툴", "chairs-stools", 50_000, 5, 3_000, null, false);
		assertThat(refusalsOf(new CampaignOffer(3, someoneElses, true, 10L, false, null)))
			.containsExactly("productId:sellerCampaign.product.notYours");
		assertThat(refusalsOf(new CampaignOffer(3, hidden, true, 10L, false, null)))
			.containsExactly("productId:sellerCampaign.product.notYours");
		assertThat(this.campaign.takesOffers(NOW.plus(Duration.ofDays(3)))).isFalse();
		assertThat(this.campaign
			.consider(new CampaignOffer(3, this.stool, true, 10L, false, null), NOW.plus(Duration.ofDays(3)))
			.refusals()).extracting(CampaignOffer.Refusal::code).containsExactly("sellerCampaign.ended");
	}

	private java.util.List<String> refusalsOf(CampaignOffer offer) {
		CampaignOffer.Decision decision = this.campaign.consider(offer, NOW);
		assertThat(decision.accepted()).isFalse();
		return decision.refusals().stream().map((refusal) -> refusal.field() + ":" + refusal.code()).toList();
	}

}
