package kr.valuemall.catalog.storefront;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A few seconds' memory of what a shopper page shows where a figure may be seconds old
 * ({@code valuemall.catalog.shelf-max-age} for shelves, {@code page-cache-ttl} for
 * product pages and searches); with a max age of zero nothing is kept, so every load
 * reads afresh.
 */
public final class ShortLived<K, V> {

	private final Cache<K, V> cache;

	public ShortLived(Duration maxAge, long maxSize) {
		this.cache = (maxAge.isZero() || maxAge.isNegative()) ? null
				: Caffeine.newBuilder().expireAfterWrite(maxAge).maximumSize(maxSize).build();
	}

	public V get(K key, Function<? super K, ? extends V> load) {
		return (this.cache != null) ? this.cache.get(key, load) : load.apply(key);
	}

	/** The values of these keys; those the load does not return stay unknown. */
	public Map<K, V> getAll(Collection<K> keys, Function<Set<? extends K>, Map<K, V>> load) {
		if (this.cache != null) {
			return this.cache.getAll(keys, load);
		}
		return load.apply(Set.copyOf(keys));
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

}
