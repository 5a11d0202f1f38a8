package kr.valuemall.promotion;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import kr.valuemall.TestClock;
import kr.valuemall.seller.SellerApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The spotlight's eligible stores are worked out once a second; while one load works them
 * out again, the loads meanwhile get the last ones instead of waiting.
 */
class SpotlightEligibleTests {

	private final SellerApi sellers = mock(SellerApi.class);

	private final SellerSales sales = mock(SellerSales.class);

	private final TestClock clock = new TestClock();

	private final Spotlight spotlight = new Spotlight(this.sellers, this.sales, mock(SpotlightTurns.class),
			new SpotlightProperties(4, 60, 16), this.clock);

	@Test
	void whileOneLoadWorksThemOutAgainTheOthersGetTheLastOnes() throws Exception {
		List<Long> stores = List.of(1L, 2L);
		given(this.sales.sellersThatSold()).willReturn(Set.of());
		Instant longAgo = Instant.parse("2025-01-01T00:00:00Z");
		// Store 2 is not approved yet: it is asked about again on the next look-up.
		given(this.sellers.openingDates(anyCollection())).willReturn(Map.of(1L, longAgo));
		assertThat(this.spotlight.eligible(stores)).containsExactly(1L);

		// A second later store 2 has been approved, and the look-up is slow.
		this.clock.advance(Duration.ofSeconds(1));
		CountDownLatch lookingUp = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		given(this.sellers.openingDates(anyCollection())).willAnswer((call) -> {
			lookingUp.countDown();
			finish.await(10, TimeUnit.SECONDS);
			return Map.of(2L, longAgo);
		});
		CompletableFuture<List<Long>> working = CompletableFuture.supplyAsync(() -> this.spotlight.eligible(stores));
		assertThat(lookingUp.await(10, TimeUnit.SECONDS)).isTrue();

		assertThat(this.spotlight.eligible(stores)).as("given at once: the last ones").containsExactly(1L);
		assertThat(working).isNotDone();
		finish.countDown();
		assertThat(working.get(10, TimeUnit.SECONDS)).containsExactly(1L, 2L);
		assertThat(this.spotlight.eligible(stores)).as("then the new ones").containsExactly(1L, 2L);
	}

}
