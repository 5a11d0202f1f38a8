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
 * and one started afresh, as after a crash, carries on where they were. An instance may
 * take several turns in one round trip: together the instances still show every turn
 * once.
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
		List<Long> eligible = eligibleStores();
		String placement = "test:rotation-" + System.nanoTime();
		Spotlight first = instance(1);
		Spotlight second = instance(1);

		List<List<Long>> shown = new ArrayList<>();
		for (int load = 0; load < 5; load++) {
			shown.add(((load % 2 == 0) ? first : second).choose(placement, eligible).sellerIds());
		}
		shown.add(instance(1).choose(placement, eligible).sellerIds());

		int size = this.properties.size();
		for (int turn = 0; turn < shown.size(); turn++) {
			assertThat(shown.get(turn)).as("load %d shows the next %d stores in id order", turn, size)
				.isEqualTo(window(eligible, turn, size));
		}
	}

	@Test
	void instancesTakingTurnsSeveralAtATimeShowEachTurnOnce() {
		List<Long> eligible = eligibleStores();
		String placement = "test:blocks-" + System.nanoTime();
		Spotlight first = instance(3);
		Spotlight second = instance(3);
		int size = this.properties.size();

		List<List<Long>> firstShown = new ArrayList<>();
		List<List<Long>> secondShown = new ArrayList<>();
		for (int load = 0; load < 6; load++) {
			firstShown.add(first.choose(placement, eligible).sellerIds());
			secondShown.add(second.choose(placement, eligible).sellerIds());
		}
		assertThat(firstShown).as("the first instance's loads: its turns in order")
			.containsExactly(window(eligible, 0, size), window(eligible, 1, size), window(eligible, 2, size),
					window(eligible, 6, size), window(eligible, 7, size), window(eligible, 8, size));
		assertThat(secondShown).as("the other's: the turns between")
			.containsExactly(window(eligible, 3, size), window(eligible, 4, size), window(eligible, 5, size),
					window(eligible, 9, size), window(eligible, 10, size), window(eligible, 11, size));
		assertThat(instance(3).choose(placement, eligible).sellerIds())
			.as("one started afresh carries on after every turn taken")
			.isEqualTo(window(eligible, 12, size));
	}

	@Test
	void turnsTakenAtOnceOnTwoInstancesAreNeverTheSame() throws Exception {
		String placement = "test:together-" + System.nanoTime();
		SpotlightTurns one = turns(4);
		SpotlightTurns other = turns(4);
		Set<Long> taken = ConcurrentHashMap.newKeySet();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> loads = new ArrayList<>();
			for (SpotlightTurns turns : List.of(one, other, one, other)) {
				loads.add(pool.submit(() -> {
					for (int i = 0; i < 25; i++) {
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
		// Each instance leaves at most the rest of one block of four untaken.
		assertThat(taken).hasSize(100).allMatch((turn) -> turn >= 0 && turn < 100 + 2 * 3);
	}

	private List<Long> eligibleStores() {
		return IntStream.range(0, 5)
			.mapToObj((i) -> this.stores.open("돌아가며 " + i + " 가게").store().sellerId())
			.sorted()
			.toList();
	}

	private Spotlight instance(int turnsAtOnce) {
		return new Spotlight(this.sellers, this.sales, turns(turnsAtOnce), this.properties, this.clock);
	}

	private SpotlightTurns turns(int atOnce) {
		return new SpotlightTurns(this.jdbc, this.transactions,
				new SpotlightProperties(this.properties.size(), this.properties.newStoreDays(), atOnce));
	}

	private static List<Long> window(List<Long> eligible, int turn, int size) {
		List<Long> window = new ArrayList<>();
		for (int i = 0; i < Math.min(size, eligible.size()); i++) {
			window.add(eligible.get((turn * size + i) % eligible.size()));
		}
		return window;
	}

}
