package kr.valuemall.promotion;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.IntegrationTest;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spotlight's rotation lives in PostgreSQL, not in an app instance: two instances
 * (here two Spotlights with their own memory over one database) continue one rotation,
 * and one started afresh, as after a crash, carries on where they were.
 */
@IntegrationTest
class SpotlightRotationTests {

	@Autowired
	TestStores stores;

	@Autowired
	SellerApi sellers;

	@Autowired
	SellerSales sales;

	@Autowired
	SpotlightProperties properties;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void twoInstancesContinueOneRotationAndARestartedOneCarriesOn() {
		List<Long> eligible = IntStream.range(0, 5)
			.mapToObj((i) -> this.stores.open("돌아가며 " + i + " 가게").store().sellerId())
			.sorted()
			.toList();
		String placement = "test:rotation-" + System.nanoTime();
		Spotlight first = instance();
		Spotlight second = instance();

		List<List<Long>> shown = new ArrayList<>();
		for (int load = 0; load < 5; load++) {
			shown.add(((load % 2 == 0) ? first : second).choose(placement, eligible).sellerIds());
		}
		shown.add(instance().choose(placement, eligible).sellerIds());

		int size = this.properties.size();
		for (int turn = 0; turn < shown.size(); turn++) {
			assertThat(shown.get(turn)).as("load %d shows the next %d stores in id order", turn, size)
				.isEqualTo(window(eligible, turn, size));
		}
	}

	@Test
	void turnsTakenAtOnceOnTwoInstancesAreNeverTheSame() throws Exception {
		String placement = "test:together-" + System.nanoTime();
		SpotlightTurns one = new SpotlightTurns(this.jdbc, this.transactions);
		SpotlightTurns other = new SpotlightTurns(this.jdbc, this.transactions);
		Set<Long> taken = ConcurrentHashMap.newKeySet();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> loads = new ArrayList<>();
			for (SpotlightTurns turns : List.of(one, other)) {
				loads.add(pool.submit(() -> {
					for (int i = 0; i < 50; i++) {
						assertThat(taken.add(turns.next(placement))).isTrue();
					}
				}));
			}
			for (Future<?> load : loads) {
				load.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(taken).hasSize(100).allMatch((turn) -> turn >= 0 && turn < 100);
	}

	private Spotlight instance() {
		return new Spotlight(this.sellers, this.sales, new SpotlightTurns(this.jdbc, this.transactions),
				this.properties, this.clock);
	}

	private static List<Long> window(List<Long> eligible, int turn, int size) {
		List<Long> window = new ArrayList<>();
		for (int i = 0; i < Math.min(size, eligible.size()); i++) {
			window.add(eligible.get((turn * size + i) % eligible.size()));
		}
		return window;
	}

}
