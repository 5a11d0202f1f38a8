package kr.valuemall.promotion;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import kr.valuemall.order.OrderPaid;

/**
 * Which stores have ever sold, learnt from the order module's OrderPaid events, so the
 * spotlight never reads order tables. Recording a store twice is harmless: a redelivered
 * event changes nothing.
 */
@Component
class SellerSales {

	private final JdbcClient jdbc;

	SellerSales(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(OrderPaid paid) {
		for (OrderPaid.PaidShipment shipment : paid.shipments()) {
			this.jdbc.sql("""
					INSERT INTO promotion_seller_sale (seller_id, first_paid_at) VALUES (?, ?)
					ON CONFLICT (seller_id) DO UPDATE SET first_paid_at = least(promotion_seller_sale.first_paid_at,
						excluded.first_paid_at)
					""").params(shipment.sellerId(), Timestamp.from(paid.paidAt())).update();
		}
	}

	Set<Long> sellersThatSold() {
		return new HashSet<>(this.jdbc.sql("SELECT seller_id FROM promotion_seller_sale").query(Long.class).list());
	}

}
