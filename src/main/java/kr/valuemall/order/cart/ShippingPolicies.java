package kr.valuemall.order.cart;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each seller's free-shipping threshold. The fee itself is set per product by the seller;
 * a basket pays the highest fee among one seller's items once, and nothing from the
 * threshold on.
 */
@Service
@Transactional(readOnly = true)
public class ShippingPolicies {

	private final JdbcClient jdbc;

	private final Clock clock;

	ShippingPolicies(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Map<Long, Long> thresholds(Collection<Long> sellerIds) {
		Map<Long, Long> thresholds = new HashMap<>();
		if (sellerIds.isEmpty()) {
			return thresholds;
		}
		this.jdbc.sql(
				"SELECT seller_id, free_shipping_threshold FROM seller_shipping_policy WHERE seller_id = ANY (?) AND free_shipping_threshold IS NOT NULL")
			.param(bigints(sellerIds))
			.query((row) -> {
				thresholds.put(row.getLong(1), row.getLong(2));
			});
		return thresholds;
	}

	/** Every seller's threshold (a few thousand rows at most). */
	public Map<Long, Long> allThresholds() {
		Map<Long, Long> thresholds = new HashMap<>();
		this.jdbc
			.sql("SELECT seller_id, free_shipping_threshold FROM seller_shipping_policy"
					+ " WHERE free_shipping_threshold IS NOT NULL")
			.query((row) -> {
				thresholds.put(row.getLong(1), row.getLong(2));
			});
		return thresholds;
	}

	public Optional<Long> threshold(long sellerId) {
		return Optional.ofNullable(thresholds(java.util.List.of(sellerId)).get(sellerId));
	}

	/** Sets or clears (null) the seller's threshold. */
	@Transactional
	public void setThreshold(long sellerId, Long threshold) {
		this.jdbc.sql("""
				INSERT INTO seller_shipping_policy (seller_id, free_shipping_threshold, updated_at) VALUES (?, ?, ?)
				ON CONFLICT (seller_id) DO UPDATE SET free_shipping_threshold = EXCLUDED.free_shipping_threshold,
				updated_at = EXCLUDED.updated_at""")
			.params(sellerId, threshold, Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * The rule itself, the one the cart charges and every page quotes: a seller's part
	 * pays its highest product fee, and nothing once its items' total reaches the
	 * seller's threshold.
	 */
	public static long fee(long highestProductFee, long itemsTotal, Long freeShippingThreshold) {
		return (freeShippingThreshold != null && itemsTotal >= freeShippingThreshold) ? 0
				: Math.max(0, highestProductFee);
	}

	/** The fee one seller's part of a basket pays ({@link #fee}). */
	public static long feeFor(Iterable<Basket.Item> items, long itemsTotal, Long threshold) {
		long fee = 0;
		for (Basket.Item item : items) {
			fee = Math.max(fee, item.product().shippingFee());
		}
		return fee(fee, itemsTotal, threshold);
	}

	/** The ids as one PostgreSQL {@code bigint[]} parameter, for {@code = ANY (?)}. */
	private static SqlTypeValue bigints(Collection<Long> ids) {
		return (statement, index, sqlType, typeName) -> statement.setArray(index,
				statement.getConnection().createArrayOf("bigint", ids.toArray()));
	}

}
