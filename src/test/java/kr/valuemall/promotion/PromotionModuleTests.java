package kr.valuemall.promotion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import kr.valuemall.EventFlowTest;
import kr.valuemall.order.OrderPaid;
import kr.valuemall.order.OrderPaid.PaidShipment;
import kr.valuemall.order.OrderedLine;
import kr.valuemall.order.ProductShelf;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.shared.Region;
import kr.valuemall.web.SiteLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;

/**
 * The fair-exposure spotlight gives home-page room to stores that are new or have never
 * sold, and learns who has sold from the order module's OrderPaid events only. Here the
 * promotion module runs alone and gets OrderPaid as the order module publishes it: so
 * this test shows that the event by itself ends an old store's turn in the spotlight,
 * while a store still within its first 60 days (application.yml) keeps it after a sale.
 * The stores come from a mock of the seller module.
 */
@EventFlowTest
@MockitoBean(types = { SellerApi.class, ProductShelf.class, SiteLinks.class })
class PromotionModuleTests {

	@Autowired
	Spotlight spotlight;

	@Autowired
	SellerApi sellers;

	@Autowired
	Clock clock;

	@Test
	void aFirstSaleEndsAnOldStoresTurnInTheSpotlightButNotANewOnes(Scenario scenario) {
		Instant now = this.clock.instant();
		StoreSummary old = store(now.minus(Duration.ofDays(90)));
		StoreSummary recent = store(now.minus(Duration.ofDays(10)));
		List<Long> both = List.of(old.sellerId(), recent.sellerId());
		given(this.sellers.openingDates(anyCollection()))
			.willReturn(Map.of(old.sellerId(), old.openedAt(), recent.sellerId(), recent.openedAt()));
		assertThat(this.spotlight.eligible(both)).containsExactlyInAnyOrderElementsOf(both);
		OrderPaid paid = new OrderPaid(id(), "VM-P" + id(), id(), now, 40_000,
				List.of(shipment(old.sellerId()), shipment(recent.sellerId())));

		scenario.publish(paid)
			.andWaitForStateChange(() -> this.spotlight.eligible(both), (eligible) -> eligible.size() < 2)
			.andVerify((eligible) -> assertThat(eligible).containsExactly(recent.sellerId()));
	}

	private static PaidShipment shipment(long sellerId) {
		return new PaidShipment(id(), sellerId, 0,
				List.of(new OrderedLine(id(), id(), "들기름 350ml", "agricultural", 1, 20_000, 20_000, null)));
	}

	private static StoreSummary store(Instant openedAt) {
		long sellerId = id();
		return new StoreSummary(sellerId, id(), "store-" + sellerId, "가게 " + sellerId, null, Region.JEONNAM,
				"가게 " + sellerId, "김대표", "1208147521", null, "전라남도 순천시", "061-000-0000", null, openedAt);
	}

	/** Ids far above what the sequences and the other tests hand out. */
	private static long id() {
		return ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
	}

}
