package kr.valuemall.origin.review;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.valuemall.seller.StaffSellerPanel;

/**
 * One seller's origin record for staff and the ministry: listings held now, rejected,
 * holds by the rules and after reports over time, and shoppers' import reports.
 */
@Component
class StaffOriginPanel implements StaffSellerPanel {

	private final JdbcClient jdbc;

	StaffOriginPanel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String template() {
		return "origin/staffSellerPanel :: origin";
	}

	@Override
	public Object model(long sellerId) {
		return this.jdbc.sql("""
				SELECT
					(SELECT count(*) FROM listing_review WHERE seller_id = :seller AND status = 'HELD') AS held,
					(SELECT count(*) FROM listing_review WHERE seller_id = :seller AND status = 'REJECTED') AS rejected,
					(SELECT count(*) FROM listing_decision d JOIN listing_review r ON r.listing_id = d.listing_id
						WHERE r.seller_id = :seller AND d.action = 'REPORT_HOLD') AS report_holds,
					(SELECT count(*) FROM import_report i JOIN listing_review r ON r.listing_id = i.listing_id
						WHERE r.seller_id = :seller) AS reports""")
			.param("seller", sellerId)
			.query((rs, row) -> new Origin(rs.getLong("held"), rs.getLong("rejected"), rs.getLong("report_holds"),
					rs.getLong("reports")))
			.single();
	}

	@Override
	public int order() {
		return 40;
	}

	record Origin(long heldNow, long rejected, long reportHolds, long importReports) {
	}

}
