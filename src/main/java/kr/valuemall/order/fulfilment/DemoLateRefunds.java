package kr.valuemall.order.fulfilment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.seller.SellerApi;

/**
 * The demo's refunds after settlement: between the settlement demo's two passes (the
 * periods before last month are settled, last month is not yet), staff refund two
 * purchases confirmed the month before last. One is the demo seller's, which its next
 * statement takes back; the other is chosen so that its store's last month ends below
 * zero and the balance is carried forward. Runs once: a refunded confirmed purchase
 * leaves it alone.
 */
@Component
@Profile("demo")
@org.springframework.core.annotation.Order(70)
class DemoLateRefunds implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoLateRefunds.class);

	private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

	private static final String CHOOSE = """
			WITH earlier AS (
				SELECT s.id, s.order_id, s.seller_id,
					s.shipping_fee + (SELECT sum(l.amount) FROM order_line l WHERE l.shipment_id = s.id) AS total
				FROM shipment s
				WHERE s.status = 'CONFIRMED' AND s.confirmed_at >= ? AND s.confirmed_at < ?),
			later AS (
				SELECT s.seller_id, sum(l.amount) + sum(DISTINCT s.shipping_fee) AS total
				FROM shipment s JOIN order_line l ON l.shipment_id = s.id
				WHERE s.status = 'CONFIRMED' AND s.confirmed_at >= ? AND s.confirmed_at < ?
				GROUP BY s.seller_id)
			SELECT e.order_id, e.id FROM earlier e LEFT JOIN later USING (seller_id)
			WHERE (e.seller_id = ?) = ?
			ORDER BY e.total - coalesce(later.total, 0) DESC, e.id
			LIMIT 1""";

	private final OrderRepository orders;

	private final OrderRefunds refunds;

	private final SellerApi sellers;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoLateRefunds(OrderRepository orders, OrderRefunds refunds, SellerApi sellers, JdbcClient jdbc,
			PlatformTransactionManager transactions, Clock clock) {
		this.orders = orders;
		this.refunds = refunds;
		this.sellers = sellers;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer done = this.jdbc
			.sql("SELECT count(*) FROM shipment WHERE status = 'RETURNED' AND confirmed_at IS NOT NULL")
			.query(Integer.class)
			.single();
		long demoSeller = this.sellers.storeBySlug(DemoOrders.DEMO_SELLER_STORE).map((s) -> s.sellerId()).orElse(-1L);
		if (done == null || done > 0 || demoSeller < 0) {
			return;
		}
		LocalDate thisMonth = LocalDate.ofInstant(this.clock.instant(), KOREA).withDayOfMonth(1);
		Instant lastStart = start(thisMonth.minusMonths(1));
		Instant earlierStart = start(thisMonth.minusMonths(2));
		Instant thisStart = start(thisMonth);
		Instant refundedAt = lastStart.plus(java.time.Duration.ofDays(14));
		int refunded = 0;
		for (boolean demo : List.of(true, false)) {
			List<long[]> chosen = this.jdbc.sql(CHOOSE)
				.params(Timestamp.from(earlierStart), Timestamp.from(lastStart), Timestamp.from(lastStart),
						Timestamp.from(thisStart), demoSeller, demo)
				.query((row, n) -> new long[] { row.getLong(1), row.getLong(2) })
				.list();
			for (long[] ids : chosen) {
				this.transaction.executeWithoutResult((status) -> {
					Order order = this.orders.findForUpdate(ids[0]).orElseThrow();
					this.refunds.refund(order, ids[1], List.of(),
							demo ? "제품 하자로 소비자 분쟁조정 결과 환불" : "대량 주문 상품 전량 하자로 환불 (판매자 동의)", "admin@example.com",
							refundedAt);
				});
				refunded++;
			}
		}
		logger.info("Demo refunds after settlement: {}", refunded);
	}

	private static Instant start(LocalDate day) {
		return day.atStartOfDay(KOREA).toInstant();
	}

}
