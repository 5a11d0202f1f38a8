package kr.valuemall.settlement;

import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every commission booking settlement has made, told again from its own lines in the
 * order they were booked, for a module that rebuilds what it added up from
 * {@link CommissionBooked} events. What it tells equals what was published: the same
 * lines, the same recorded rates.
 */
@Service
public class CommissionHistory {

	private final JdbcClient jdbc;

	private final CommissionCalculator commission;

	CommissionHistory(JdbcClient jdbc, CommissionCalculator commission) {
		this.jdbc = jdbc;
		this.commission = commission;
	}

	@Transactional(readOnly = true)
	public void replay(Consumer<CommissionBooked> consumer) {
		this.jdbc.sql("""
				SELECT kind, shipment_id, seller_id, at, item_amount, commission, private_mall FROM (
					SELECT 'EARNED' AS kind, l.shipment_id, l.seller_id, min(l.confirmed_at) AS at,
						sum(l.amount) AS item_amount, sum(l.commission) AS commission,
						sum(l.amount * :reference / 10000) AS private_mall
					FROM settlement_line l WHERE l.kind = 'ITEM' GROUP BY l.shipment_id, l.seller_id
					UNION ALL
					SELECT 'RETURNED', l.shipment_id, l.seller_id, min(r.at), -sum(l.amount), -sum(l.commission),
						-sum(l.amount * :reference / 10000)
					FROM settlement_line l JOIN (
						SELECT line_id, withdrawn_at AS at FROM settlement_line_withdrawal
						UNION ALL
						SELECT line_id, created_at FROM settlement_adjustment) r ON r.line_id = l.id
					WHERE l.kind = 'ITEM' GROUP BY l.shipment_id, l.seller_id
				) bookings ORDER BY at, shipment_id, kind""")
			.param("reference", this.commission.privateMallReferenceBps())
			.query((rs) -> {
				consumer.accept(new CommissionBooked(CommissionBooked.Kind.valueOf(rs.getString("kind")),
						rs.getLong("shipment_id"), rs.getLong("seller_id"), rs.getTimestamp("at").toInstant(),
						rs.getLong("item_amount"), rs.getLong("commission"), rs.getLong("private_mall")));
			});
	}

}
