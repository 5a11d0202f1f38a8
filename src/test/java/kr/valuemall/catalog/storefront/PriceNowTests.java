package kr.valuemall.catalog.storefront;

import org.junit.jupiter.api.Test;

import kr.valuemall.order.PriceOffers;

import static org.assertj.core.api.Assertions.assertThat;

class PriceNowTests {

	@Test
	void theDiscountIsRoundedDownSoItIsNeverOverstated() {
		assertThat(new PriceNow(12_000, offer(10_900)).discountPercent()).isEqualTo(9);
		assertThat(new PriceNow(59_999, offer(50_999)).discountPercent()).isEqualTo(15);
		assertThat(new PriceNow(10_000, offer(1)).discountPercent()).isEqualTo(99);
	}

	@Test
	void withACampaignTheShopperPaysItsPrice() {
		PriceNow price = new PriceNow(12_000, offer(10_900));
		assertThat(price.discounted()).isTrue();
		assertThat(price.amount()).isEqualTo(10_900);
		assertThat(price.listPrice()).isEqualTo(12_000);
		assertThat(price.campaignName()).isEqualTo("가치 세일");
	}

	@Test
	void withoutACampaignOrWithOneThatTakesNothingOffTheListPriceIsPaid() {
		for (PriceNow price : new PriceNow[] { PriceNow.listed(12_000), new PriceNow(12_000, offer(12_000)) }) {
			assertThat(price.discounted()).isFalse();
			assertThat(price.amount()).isEqualTo(12_000);
			assertThat(price.discountPercent()).isZero();
			assertThat(price.campaignName()).isNull();
		}
	}

	private static PriceOffers.Offer offer(long price) {
		return new PriceOffers.Offer(7, "가치 세일", "value-sale", java.time.Instant.parse("2026-12-06T15:00:00Z"), price);
	}

}
