package kr.valuemall.shared;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A few seconds' memory of what a shopper page shows where a figure may be seconds old
 * ({@code valuemall.catalog.shelf-max-age} for shelves, {@code page-cache-ttl} for
 * product pages and searches); with a max age of zero nothing is kept, so every load
 * reads afresh.
 * <p>
 * When a value passes its max age, the one load that notices reads it again while the
 * loads meanwhile are still given the old value (for at most three max ages, or as long
 * as the owner says), instead of all of them waiting for the read: on a busy page that
 * wait was every request's, every few seconds, and most of the slowest hundredth. An
 * owner whose read may be slow hands it an executor, and the read again runs there: then
 * no load waits for it, not even the one that noticed. Such an owner may keep its values
 * for minutes ({@code valuemall.catalog.shelf-kept-for}): the first load after a quiet
 * spell is then given the value from before it while the value is read again, as
 * {@code stale-while-revalidate} does for a browser, instead of every load of the first
 * moment waiting for every shelf at once. {@link #invalidate} and {@link #clear} drop
 * values at once.
 */
public final class ShortLived<K, V> {

	/**
	 * How many max ages a value is kept, so may still be shown while it is read again.
	 */
	private static final int KEPT_MAX_AGES = 3;

	private static final Logger logger = LoggerFactory.getLogger(ShortLived.class);

	private final Cache<K, Entry<V>> cache;

	private final long maxAgeNanos;

	/** Where a value past its max age is read again; null for the load that noticed. */
	private final Executor rereads;

	/** Keys not kept whose first read runs on the executor ({@link #getOrInterim}). */
	private final Map<K, Boolean> firstReads = new ConcurrentHashMap<>();

	/**
	 * Values kept for three max ages: one past its max age is still shown while the load
	 * that noticed reads it again.
	 */
	public ShortLived(Duration maxAge, long maxSize) {
		this(maxAge, maxSize, maxAge.multipliedBy(KEPT_MAX_AGES), null);
	}

	/**
	 * Values kept for {@code keptFor} (at least two max ages), read again past their max
	 * age on {@code rereads} (or, when null, by the load that notices) while every other
	 * load is given the value before. The read must need nothing of the request (its
	 * language, its visitor): it runs on another thread. A value never read yet, or
	 * dropped, is still read by the load that asks (or see {@link #getOrInterim}).
	 */
	public ShortLived(Duration maxAge, long maxSize, Duration keptFor, Executor rereads) {
		this.rereads = rereads;
		if (!maxAge.isZero() && !maxAge.isNegative() && keptFor.compareTo(maxAge.multipliedBy(2)) < 0) {
			throw new IllegalArgumentException("a value must be kept at least two max ages");
		}
		this.maxAgeNanos = maxAge.toNanos();
		this.cache = (maxAge.isZero() || maxAge.isNegative()) ? null
				: Caffeine.newBuilder().expireAfterWrite(keptFor).maximumSize(maxSize).build();
	}

	/**
	 * How long to keep values read again in the background: {@code keptFor}, but at least
	 * three max ages.
	 */
	public static Duration keptFor(Duration maxAge, Duration keptFor) {
		Duration least = maxAge.multipliedBy(KEPT_MAX_AGES);
		return (keptFor.compareTo(least) < 0) ? least : keptFor;
	}

	public V get(K key, Function<? super K, ? extends V> load) {
		if (this.cache == null) {
			return load.apply(key);
		}
		Entry<V> entry = this.cache.getIfPresent(key);
		if (entry != null && (fresh(entry) || !entry.refreshing.compareAndSet(false, true))) {
			return entry.value;
		}
		if (entry != null && this.rereads != null && readElsewhere(key, load, () -> entry.refreshing.set(false))) {
			return entry.value;
		}
		if (entry != null) {
			// This load reads afresh; the others keep showing the value it replaces.
			try {
				return store(key, load.apply(key));
			}
			finally {
				entry.refreshing.set(false);
			}
		}
		Entry<V> loaded = this.cache.get(key, (missing) -> {
			V value = load.apply(missing);
			return (value != null) ? new Entry<>(value, System.nanoTime()) : null;
		});
		return (loaded != null) ? loaded.value : null;
	}

	/**
	 * As {@link #get}, but a value not kept (never read yet, dropped, or its key new) is
	 * read on the executor, once however many loads ask meanwhile, and those loads are
	 * given what {@code interim} gives (something smaller they can read at once) instead
	 * of waiting for it. Without an executor, or when it refuses the read, it is read as
	 * {@link #get} does.
	 */
	public V getOrInterim(K key, Function<? super K, ? extends V> load, Supplier<? extends V> interim) {
		if (this.cache == null || this.rereads == null) {
			return get(key, load);
		}
		Entry<V> entry = this.cache.getIfPresent(key);
		if (entry != null) {
			return get(key, load);
		}
		if (this.firstReads.putIfAbsent(key, Boolean.TRUE) != null) {
			return interim.get();
		}
		if (!readElsewhere(key, load, () -> this.firstReads.remove(key))) {
			this.firstReads.remove(key);
			return get(key, load);
		}
		return interim.get();
	}

	/**
	 * The values of these keys, read again past their max age; those the load does not
	 * return stay unknown.
	 */
	public Map<K, V> getAll(Collection<K> keys, Function<Set<? extends K>, Map<K, V>> load) {
		if (this.cache == null) {
			return load.apply(Set.copyOf(keys));
		}
		Map<K, V> found = new HashMap<>();
		Set<K> missing = new LinkedHashSet<>();
		for (K key : keys) {
			Entry<V> entry = this.cache.getIfPresent(key);
			if (entry != null && fresh(entry)) {
				found.put(key, entry.value);
			}
			else {
				missing.add(key);
			}
		}
		if (!missing.isEmpty()) {
			load.apply(missing).forEach((key, value) -> found.put(key, store(key, value)));
		}
		return found;
	}

	public void invalidate(K key) {
		if (this.cache != null) {
			this.cache.invalidate(key);
		}
	}

	public void clear() {
		if (this.cache != null) {
			this.cache.invalidateAll();
		}
	}

	/**
	 * Whether the read was handed to the executor (false when it refused it);
	 * {@code done} runs after it, whether it worked or not.
	 */
	private boolean readElsewhere(K key, Function<? super K, ? extends V> load, Runnable done) {
		try {
			this.rereads.execute(() -> {
				try {
					store(key, load.apply(key));
				}
				catch (RuntimeException ex) {
					// A value before is still given until it is too old; then the load
					// that asks reads it, and sees the failure.
					logger.warn("Reading {} failed", key, ex);
				}
				finally {
					done.run();
				}
			});
			return true;
		}
		catch (RejectedExecutionException ex) {
			return false;
		}
	}

	private boolean fresh(Entry<V> entry) {
		return System.nanoTime() - entry.loadedAt < this.maxAgeNanos;
	}

	private V store(K key, V value) {
		if (value != null) {
			this.cache.put(key, new Entry<>(value, System.nanoTime()));
		}
		else {
			this.cache.invalidate(key);
		}
		return value;
	}

	private static final class Entry<V> {

		private final V value;

		private final long loadedAt;

		private final AtomicBoolean refreshing = new AtomicBoolean();

		Entry(V value, long loadedAt) {
			this.value = value;
			this.loadedAt = loadedAt;
		}

	}

}
