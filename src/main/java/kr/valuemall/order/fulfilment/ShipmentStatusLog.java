package kr.valuemall.order.fulfilment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.valuemall.order.ShipmentStatus;
import kr.valuemall.order.ShipmentStatusChanged;

/**
 * Every change of a shipment's state, kept in the transaction that made it, for the
 * staff's order timeline.
 */
@Component
class ShipmentStatusLog {

	private final JdbcClient jdbc;

	ShipmentStatusLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(ShipmentStatusChanged changed) {
		this.jdbc.sql(
				"INSERT INTO shipment_status_log (shipment_id, from_status, to_status, changed_at) VALUES (?, ?, ?, ?)")
			.params(changed.shipmentId(), (changed.from() != null) ? changed.from().name() : null, changed.to().name(),
					Timestamp.from(changed.changedAt()))
			.update();
	}

	List<Step> of(Collection<Long> shipmentIds) {
		if (shipmentIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT shipment_id, from_status, to_status, changed_at FROM shipment_status_log
				WHERE shipment_id IN (:ids) ORDER BY changed_at, id""")
			.param("ids", shipmentIds)
			.query((rs, row) -> new Step(rs.getLong(1),
					(rs.getString(2) != null) ? ShipmentStatus.valueOf(rs.getString(2)) : null,
					ShipmentStatus.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant()))
			.list();
	}

	record Step(long shipmentId, ShipmentStatus from, ShipmentStatus to, Instant at) {

	}

}
