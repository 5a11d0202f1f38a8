package kr.valuemall.order.fulfilment;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.valuemall.order.ShipmentStatus;
import kr.valuemall.seller.StaffSellerPanel;

/**
 * One seller's shipments by where they stand, returns and cancellations included, for
 * staff and the ministry.
 */
@Component
class StaffShipmentsPanel implements StaffSellerPanel {

	private final JdbcClient jdbc;

	StaffShipmentsPanel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String template() {
		return "order/staffSellerPanel :: shipments";
	}

	@Override
	public Object model(long sellerId) {
		Map<ShipmentStatus, Long> counts = new LinkedHashMap<>();
		for (ShipmentStatus status : ShipmentStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("SELECT status, count(*) FROM shipment WHERE seller_id = :seller GROUP BY status")
			.param("seller", sellerId)
			.query((rs) -> {
				counts.put(ShipmentStatus.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return counts;
	}

	@Override
	public int order() {
		return 20;
	}

}
