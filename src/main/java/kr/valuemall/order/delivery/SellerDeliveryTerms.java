package kr.valuemall.order.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.order.DeliveryOverride;
import kr.valuemall.order.fulfilment.Courier;

/**
 * Sellers' delivery terms and the listings that differ from them: read for product pages
 * and baskets, written from the seller's terms page and the product form.
 */
@Service
@Transactional(readOnly = true)
public class SellerDeliveryTerms {

	private static final String SELECT_TERMS = """
			SELECT seller_id, dispatch_days, cutoff_hour, courier, return_address, return_fee, exchange_fee,
			jeju_fee, island_fee FROM seller_delivery_terms""";

	private static final String SELECT_OVERRIDES = """
			SELECT product_id, dispatch_days, return_fee, exchange_fee, jeju_fee, island_fee
			FROM listing_delivery_terms""";

	private final JdbcClient jdbc;

	private final Clock clock;

	SellerDeliveryTerms(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<DeliveryTerms> of(long sellerId) {
		return Optional.ofNullable(of(List.of(sellerId)).get(sellerId));
	}

	/** The saved terms of these sellers; a seller without terms is absent. */
	public Map<Long, DeliveryTerms> of(Collection<Long> sellerIds) {
		Map<Long, DeliveryTerms> terms = new HashMap<>();
		if (sellerIds.isEmpty()) {
			return terms;
		}
		this.jdbc.sql(SELECT_TERMS + " WHERE seller_id = ANY (?)").param(bigints(sellerIds)).query((row) -> {
			terms.put(row.getLong("seller_id"), terms(row));
		});
		return terms;
	}

	@Transactional
	public void save(long sellerId, DeliveryTerms terms) {
		this.jdbc
			.sql("""
					INSERT INTO seller_delivery_terms (seller_id, dispatch_days, cutoff_hour, courier, return_address,
					return_fee, exchange_fee, jeju_fee, island_fee, updated_at)
					VALUES (:seller, :days, :cutoff, :courier, :address, :returnFee, :exchangeFee, :jejuFee, :islandFee, :now)
					ON CONFLICT (seller_id) DO UPDATE SET dispatch_days = EXCLUDED.dispatch_days,
					cutoff_hour = EXCLUDED.cutoff_hour, courier = EXCLUDED.courier,
					return_address = EXCLUDED.return_address, return_fee = EXCLUDED.return_fee,
					exchange_fee = EXCLUDED.exchange_fee, jeju_fee = EXCLUDED.jeju_fee,
					island_fee = EXCLUDED.island_fee, updated_at = EXCLUDED.updated_at""")
			.param("seller", sellerId)
			.param("days", terms.dispatchDays())
			.param("cutoff", terms.cutoffHour())
			.param("courier", terms.courier().name())
			.param("address", terms.returnAddress())
			.param("returnFee", terms.returnFee())
			.param("exchangeFee", terms.exchangeFee())
			.param("jejuFee", terms.jejuFee())
			.param("islandFee", terms.islandFee())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	public DeliveryOverride override(long productId) {
		return overrides(List.of(productId)).getOrDefault(productId, DeliveryOverride.NONE);
	}

	/**
	 * What a listing's page promises from: its seller's terms (empty when none are saved)
	 * and the listing's own, read together in one statement.
	 */
	public OfListing ofListing(long sellerId, long productId) {
		return this.jdbc.sql("""
				SELECT t.seller_id, t.dispatch_days, t.cutoff_hour, t.courier, t.return_address, t.return_fee,
				t.exchange_fee, t.jeju_fee, t.island_fee, o.product_id AS own_product_id,
				o.dispatch_days AS own_dispatch_days, o.return_fee AS own_return_fee,
				o.exchange_fee AS own_exchange_fee, o.jeju_fee AS own_jeju_fee, o.island_fee AS own_island_fee
				FROM (SELECT CAST(? AS bigint) AS seller_id, CAST(? AS bigint) AS product_id) AS listing
				LEFT JOIN seller_delivery_terms t ON t.seller_id = listing.seller_id
				LEFT JOIN listing_delivery_terms o ON o.product_id = listing.product_id""")
			.params(sellerId, productId)
			.query((row, number) -> new OfListing(
					(row.getObject("seller_id") != null) ? Optional.of(terms(row)) : Optional.empty(),
					(row.getObject("own_product_id") != null) ? override(row, "own_") : DeliveryOverride.NONE))
			.single();
	}

	/** A seller's terms, if saved, and one listing's own. */
	public record OfListing(Optional<DeliveryTerms> seller, DeliveryOverride listing) {
	}

	/** The listings among these that differ from their seller's terms. */
	public Map<Long, DeliveryOverride> overrides(Collection<Long> productIds) {
		Map<Long, DeliveryOverride> overrides = new HashMap<>();
		if (productIds.isEmpty()) {
			return overrides;
		}
		this.jdbc.sql(SELECT_OVERRIDES + " WHERE product_id = ANY (?)").param(bigints(productIds)).query((row) -> {
			overrides.put(row.getLong("product_id"), override(row, ""));
		});
		return overrides;
	}

	/** Sets a listing's own terms; an empty override makes it follow its seller again. */
	@Transactional
	public void saveOverride(long productId, DeliveryOverride override) {
		if (override.isEmpty()) {
			this.jdbc.sql("DELETE FROM listing_delivery_terms WHERE product_id = ?").param(productId).update();
			return;
		}
		this.jdbc.sql("""
				INSERT INTO listing_delivery_terms (product_id, dispatch_days, return_fee, exchange_fee, jeju_fee,
				island_fee, updated_at)
				VALUES (:product, :days, :returnFee, :exchangeFee, :jejuFee, :islandFee, :now)
				ON CONFLICT (product_id) DO UPDATE SET dispatch_days = EXCLUDED.dispatch_days,
				return_fee = EXCLUDED.return_fee, exchange_fee = EXCLUDED.exchange_fee,
				jeju_fee = EXCLUDED.jeju_fee, island_fee = EXCLUDED.island_fee, updated_at = EXCLUDED.updated_at""")
			.param("product", productId)
			.param("days", override.dispatchDays())
			.param("returnFee", override.returnFee())
			.param("exchangeFee", override.exchangeFee())
			.param("jejuFee", override.jejuFee())
			.param("islandFee", override.islandFee())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	private static DeliveryTerms terms(ResultSet row) throws SQLException {
		return new DeliveryTerms(row.getInt("dispatch_days"), row.getInt("cutoff_hour"),
				Courier.valueOf(row.getString("courier")), row.getString("return_address"), row.getLong("return_fee"),
				row.getLong("exchange_fee"), row.getLong("jeju_fee"), row.getLong("island_fee"));
	}

	private static DeliveryOverride override(ResultSet row, String prefix) throws SQLException {
		return new DeliveryOverride(nullableInt(row, prefix + "dispatch_days"),
				nullableLong(row, prefix + "return_fee"), nullableLong(row, prefix + "exchange_fee"),
				nullableLong(row, prefix + "jeju_fee"), nullableLong(row, prefix + "island_fee"));
	}

	private static Integer nullableInt(ResultSet row, String column) throws SQLException {
		int value = row.getInt(column);
		return row.wasNull() ? null : value;
	}

	private static Long nullableLong(ResultSet row, String column) throws SQLException {
		long value = row.getLong(column);
		return row.wasNull() ? null : value;
	}

	/** The ids as one PostgreSQL {@code bigint[]} parameter, for {@code = ANY (?)}. */
	private static SqlTypeValue bigints(Collection<Long> ids) {
		return (statement, index, sqlType, typeName) -> statement.setArray(index,
				statement.getConnection().createArrayOf("bigint", ids.toArray()));
	}

}
