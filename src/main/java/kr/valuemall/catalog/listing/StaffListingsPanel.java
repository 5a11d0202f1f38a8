package kr.valuemall.catalog.listing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.valuemall.seller.StaffSellerPanel;

/**
 * One seller's listings by status, and the reviews shoppers left on them, for staff and
 * the ministry.
 */
@Component
class StaffListingsPanel implements StaffSellerPanel {

	private final JdbcClient jdbc;

	StaffListingsPanel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String template() {
		return "catalog/staffSellerPanel :: listings";
	}

	@Override
	public Object model(long sellerId) {
		Map<ProductStatus, Long> byStatus = new LinkedHashMap<>();
		for (ProductStatus status : ProductStatus.values()) {
			byStatus.put(status, 0L);
		}
		this.jdbc.sql("SELECT status, count(*) FROM product WHERE seller_id = :seller GROUP BY status")
			.param("seller", sellerId)
			.query((rs) -> {
				byStatus.put(ProductStatus.valueOf(rs.getString(1)), rs.getLong(2));
			});
		long[] reviews = this.jdbc.sql(
				"SELECT COALESCE(sum(review_count), 0), COALESCE(sum(rating_sum), 0) FROM product WHERE seller_id = :seller")
			.param("seller", sellerId)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		return new Listings(byStatus, reviews[0],
				(reviews[0] > 0) ? String.format("%.1f", (double) reviews[1] / reviews[0]) : "-");
	}

	@Override
	public int order() {
		return 30;
	}

	record Listings(Map<ProductStatus, Long> byStatus, long reviews, String averageRating) {
	}

}
