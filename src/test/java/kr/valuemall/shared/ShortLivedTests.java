package kr.valuemall.shared;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shelves kept a few seconds: read once per max age; past it one load reads again while
 * the others are still given the old value (with an executor, no load waits, even after a
 * quiet spell); dropped values are read at once.
 */
class ShortLivedTests {

	private static final Duration MAX_AGE = Duration.ofMillis(200);

	private final AtomicInteger reads = new AtomicInteger();

	@Test
	void aValueIsReadOncePerMaxAge() {
		ShortLived<String, Integer> shelves = new ShortLived<>(Duration.ofMinutes(1), 10);
		assertThat(shelves.get("best", this::read)).isEqualTo(1);
		assertThat(shelves.get("best", this::read)).isEqualTo(1);
		assertThat(this.reads).hasValue(1);
	}

	@Test
	void pastItsMaxAgeOneLoadReadsAgainWhileTheOthersAreGivenTheOldValue() throws Exception {
		ShortLived<String, Integer> shelves = new ShortLived<>(MAX_AGE, 10);
		shelves.get("best", this::read);
		Thread.sleep(MAX_AGE.toMillis() + 50);
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(() -> shelves.get("best", (key) -> {
			reading.countDown();
			await(finish);
			return read(key);
		}));
		assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(shelves.get("best", this::read)).as("not kept waiting for the read").isEqualTo(1);
		finish.countDown();
		assertThat(reader.get(5, TimeUnit.SECONDS)).isEqualTo(2);
		assertThat(shelves.get("best", this::read)).isEqualTo(2);
		assertThat(this.reads).hasValue(2);
	}

	@Test
	void aValueKeptLongerIsStillGivenWhileASlowReadGoesOnPastThreeMaxAges() throws Exception {
		ShortLived<String, Integer> cards = new ShortLived<>(MAX_AGE, 10, MAX_AGE.multipliedBy(12), null);
		cards.get("home", this::read);
		Thread.sleep(MAX_AGE.toMillis() + 50);
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(() -> cards.get("home", (key) -> {
			reading.countDown();
			await(finish);
			return read(key);
		}));
		assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
		Thread.sleep(3 * MAX_AGE.toMillis());
		assertThat(cards.get("home", this::read)).as("four max ages old, not kept waiting").isEqualTo(1);
		finish.countDown();
		assertThat(reader.get(5, TimeUnit.SECONDS)).isEqualTo(2);
		assertThat(this.reads).hasValue(2);
	}

	@Test
	void withAnExecutorTheReadAgainRunsThereAndNoLoadWaitsForIt() throws Exception {
		ExecutorService background = Executors.newSingleThreadExecutor();
		try {
			ShortLived<String, Integer> cards = new ShortLived<>(MAX_AGE, 10, MAX_AGE.multipliedBy(12), background);
			cards.get("home", this::read);
			Thread.sleep(MAX_AGE.toMillis() + 50);
			CountDownLatch reading = new CountDownLatch(1);
			CountDownLatch finish = new CountDownLatch(1);
			Thread caller = Thread.currentThread();
			AtomicReference<Thread> readOn = new AtomicReference<>();
			assertThat(cards.get("home", (key) -> {
				readOn.set(Thread.currentThread());
				reading.countDown();
				await(finish);
				return read(key);
			})).as("the load that noticed is given the value before").isEqualTo(1);
			assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
			assertThat(readOn.get()).isNotSameAs(caller);
			assertThat(cards.get("home", this::read)).as("read once at a time").isEqualTo(1);
			finish.countDown();
			background.shutdown();
			assertThat(background.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
			assertThat(cards.get("home", this::read)).isEqualTo(2);
			assertThat(this.reads).hasValue(2);
		}
		finally {
			background.shutdownNow();
		}
	}

	@Test
	void aFailedReadInTheBackgroundKeepsTheValueBeforeAndIsTriedAgain() throws Exception {
		ShortLived<String, Integer> cards = new ShortLived<>(MAX_AGE, 10, MAX_AGE.multipliedBy(12), Runnable::run);
		cards.get("home", this::read);
		Thread.sleep(MAX_AGE.toMillis() + 50);
		assertThat(cards.get("home", (key) -> {
			throw new IllegalStateException("database gone");
		})).isEqualTo(1);
		assertThat(cards.get("home", this::read)).as("tried again by the next load").isEqualTo(1);
		assertThat(cards.get("home", this::read)).isEqualTo(2);
		assertThat(this.reads).hasValue(2);
	}

	@Test
	void afterAQuietSpellTheFirstLoadIsGivenTheValueBeforeWhileItIsReadAgainInTheBackground() throws Exception {
		ExecutorService background = Executors.newSingleThreadExecutor();
		try {
			ShortLived<String, Integer> shelves = new ShortLived<>(MAX_AGE, 10, Duration.ofMinutes(10), background);
			shelves.get("best", this::read);
			Thread.sleep(5 * MAX_AGE.toMillis());
			assertThat(shelves.get("best", this::read)).as("five max ages later, not kept waiting").isEqualTo(1);
			background.shutdown();
			assertThat(background.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
			assertThat(shelves.get("best", this::read)).isEqualTo(2);
		}
		finally {
			background.shutdownNow();
		}
	}

	@Test
	void aValueNotKeptIsReadInTheBackgroundOnceWhileTheLoadsAreGivenTheInterim() throws Exception {
		ExecutorService background = Executors.newSingleThreadExecutor();
		try {
			ShortLived<String, Integer> cards = new ShortLived<>(MAX_AGE, 10, Duration.ofMinutes(10), background);
			CountDownLatch finish = new CountDownLatch(1);
			AtomicInteger interims = new AtomicInteger();
			for (int load = 0; load < 3; load++) {
				assertThat(cards.getOrInterim("home", (key) -> {
					await(finish);
					return read(key);
				}, () -> -interims.incrementAndGet())).as("given the interim, not kept waiting").isNegative();
			}
			assertThat(interims).hasValue(3);
			finish.countDown();
			background.shutdown();
			assertThat(background.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
			assertThat(this.reads).as("read once for the three loads").hasValue(1);
			assertThat(cards.getOrInterim("home", this::read, () -> -1)).isEqualTo(1);
		}
		finally {
			background.shutdownNow();
		}
	}

	@Test
	void withoutAnExecutorAValueNotKeptIsReadByTheLoad() {
		ShortLived<String, Integer> cards = new ShortLived<>(MAX_AGE, 10);
		assertThat(cards.getOrInterim("home", this::read, () -> -1)).isEqualTo(1);
		assertThat(cards.getOrInterim("home", this::read, () -> -1)).isEqualTo(1);
	}

	@Test
	void aValueIsKeptAtLeastThreeMaxAges() {
		assertThat(ShortLived.keptFor(Duration.ofSeconds(5), Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(15));
		assertThat(ShortLived.keptFor(Duration.ofSeconds(5), Duration.ofMinutes(10))).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void aDroppedValueIsReadAtOnce() {
		ShortLived<String, Integer> shelves = new ShortLived<>(Duration.ofMinutes(1), 10);
		shelves.get("best", this::read);
		shelves.invalidate("best");
		assertThat(shelves.get("best", this::read)).isEqualTo(2);
		shelves.clear();
		assertThat(shelves.get("best", this::read)).isEqualTo(3);
	}

	@Test
	void manyAtOnceReadOnlyTheMissingAndTheOld() throws Exception {
		ShortLived<Long, String> cards = new ShortLived<>(MAX_AGE, 10);
		cards.getAll(List.of(1L, 2L), (ids) -> names(ids, "a"));
		assertThat(cards.getAll(List.of(1L, 2L, 3L), (ids) -> names(ids, "b")))
			.isEqualTo(Map.of(1L, "a1", 2L, "a2", 3L, "b3"));
		Thread.sleep(MAX_AGE.toMillis() + 50);
		assertThat(cards.getAll(List.of(1L), (ids) -> names(ids, "c"))).isEqualTo(Map.of(1L, "c1"));
	}

	@Test
	void turnedOffEveryLoadReadsAfresh() {
		ShortLived<String, Integer> shelves = new ShortLived<>(Duration.ZERO, 10);
		shelves.get("best", this::read);
		shelves.get("best", this::read);
		assertThat(this.reads).hasValue(2);
	}

	private Integer read(String key) {
		return this.reads.incrementAndGet();
	}

	private static Map<Long, String> names(java.util.Set<? extends Long> ids, String prefix) {
		return ids.stream().collect(java.util.stream.Collectors.toMap((id) -> id, (id) -> prefix + id));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
