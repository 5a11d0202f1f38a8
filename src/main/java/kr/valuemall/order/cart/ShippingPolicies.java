package kr.valuemall.order.cart;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
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

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ShippingPolicies(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Map<Long, Long> thresholds(Collection<Long> sellerIds) {
		Map<Long, Long> thresholds = new HashMap<>();
		if (sellerIds.isEmpty()) {
			return thresholds;
		}
		this.jdbc.query(
				"SELECT seller_id, free_shipping_threshold FROM seller_shipping_policy WHERE seller_id = ANY (?) AND free_shipping_threshold IS NOT NULL",
				(statement) -> statement.setArray(1,
						statement.getConnection().createArrayOf("bigint", sellerIds.toArray())),
				(row) -> {
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
		this.jdbc.update("""
				INSERT INTO seller_shipping_policy (seller_id, free_shipping_threshold, updated_at) VALUES (?, ?, ?)
				ON CONFLICT (seller_id) DO UPDATE SET free_shipping_threshold = EXCLUDED.free_shipping_threshold,
				updated_at = EXCLUDED.updated_at""", sellerId, threshold, Timestamp.from(this.clock.instant()));
	}

	/** The fee one seller's part of a basket pays. */
	public static long feeFor(Iterable<Basket.Item> items, long itemsTotal, Long threshold) {
		long fee = 0;
		for (Basket.Item item : items) {
			fee = Math.max(fee, item.product().shippingFee());
		}
		return (threshold != null && itemsTotal >= threshold) ? 0 : fee;
	}

}
