package kr.valuemall.catalog.reviews;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.valuemall.order.OrderedLine;
import kr.valuemall.order.ShipmentConfirmed;

/**
 * The order lines shoppers may review, copied from {@link ShipmentConfirmed} events.
 */
@Component
class ReviewableLines {

	private final JdbcClient jdbc;

	ReviewableLines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the lines of a confirmed shipment. An event delivered again adds nothing.
	 */
	void add(ShipmentConfirmed event) {
		for (OrderedLine line : event.lines()) {
			this.jdbc.sql("""
					INSERT INTO reviewable_line (order_line_id, shopper_id, product_id, seller_id, order_number,
						product_name, confirmed_at, option_label)
					VALUES (:line, :shopper, :product, :seller, :orderNumber, :productName, :confirmedAt, :option)
					ON CONFLICT (order_line_id) DO NOTHING
					""")
				.param("line", line.orderLineId())
				.param("shopper", event.shopperId())
				.param("product", line.productId())
				.param("seller", event.sellerId())
				.param("orderNumber", event.orderNumber())
				.param("productName", line.productName())
				.param("option", line.optionLabel())
				.param("confirmedAt", java.sql.Timestamp.from(event.confirmedAt()))
				.update();
		}
	}

	/** The line, if it is this shopper's and was confirmed. */
	Optional<ReviewableLine> find(long orderLineId, long shopperId) {
		return this.jdbc.sql("SELECT * FROM reviewable_line WHERE order_line_id = :line AND shopper_id = :shopper")
			.param("line", orderLineId)
			.param("shopper", shopperId)
			.query(ReviewableLines::line)
			.optional();
	}

	/** The shopper's confirmed lines without a review, newest confirmation first. */
	List<ReviewableLine> notReviewedOf(long shopperId) {
		return this.jdbc.sql("""
				SELECT l.* FROM reviewable_line l
				WHERE l.shopper_id = :shopper
				AND NOT EXISTS (SELECT 1 FROM product_review r WHERE r.order_line_id = l.order_line_id)
				ORDER BY l.confirmed_at DESC, l.order_line_id DESC
				""").param("shopper", shopperId).query(ReviewableLines::line).list();
	}

	/** Of these lines, those the shopper may review or has reviewed, with their state. */
	List<LineState> statesOf(long shopperId, Collection<Long> orderLineIds) {
		return this.jdbc.sql("""
				SELECT l.order_line_id,
					EXISTS (SELECT 1 FROM product_review r WHERE r.order_line_id = l.order_line_id) AS reviewed
				FROM reviewable_line l
				WHERE l.shopper_id = :shopper AND l.order_line_id IN (:lines)
				""")
			.param("shopper", shopperId)
			.param("lines", orderLineIds)
			.query((rs, n) -> new LineState(rs.getLong(1), rs.getBoolean(2)))
			.list();
	}

	private static ReviewableLine line(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new ReviewableLine(rs.getLong("order_line_id"), rs.getLong("shopper_id"), rs.getLong("product_id"),
				rs.getLong("seller_id"), rs.getString("order_number"), rs.getString("product_name"),
				rs.getTimestamp("confirmed_at").toInstant(), rs.getString("option_label"));
	}

	record LineState(long orderLineId, boolean reviewed) {
	}

}
