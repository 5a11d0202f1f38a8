package kr.valuemall.order.fulfilment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.order.payment.Payments;
import kr.valuemall.order.payment.RefundDesk;

/**
 * The order module's scheduled work, each job under a cluster lock (several instances run
 * it once) and each safe to run twice: it only moves what is still in the state it looks
 * for. The jobs answer {@code Integer}, not {@code int}: ShedLock's method proxy refuses
 * to lock a method returning a primitive, and answers {@code null} when another instance
 * holds the lock.
 */
@Component
class OrderJobs {

	private static final Logger logger = LoggerFactory.getLogger(OrderJobs.class);

	private static final int BATCH = 200;

	private final ShipmentRepository shipments;

	private final OrderRepository orders;

	private final Payments payments;

	private final OrderProperties properties;

	private final RefundDesk refunds;

	private final TransactionTemplate transaction;

	private final Clock clock;

	OrderJobs(ShipmentRepository shipments, OrderRepository orders, Payments payments, OrderProperties properties,
			RefundDesk refunds, PlatformTransactionManager transactions, Clock clock) {
		this.refunds = refunds;
		this.shipments = shipments;
		this.orders = orders;
		this.payments = payments;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Purchases delivered long enough ago are confirmed for the shopper. */
	@Scheduled(cron = "${valuemall.order.confirm-cron:0 */10 * * * *}", zone = "Asia/Seoul")
	@SchedulerLock(name = "order.confirmDelivered")
	public Integer confirmDelivered() {
		Instant cutoff = this.clock.instant().minus(this.properties.confirmAfter());
		int confirmed = 0;
		List<Object[]> due;
		do {
			due = this.shipments.findDeliveredBefore(cutoff, PageRequest.of(0, BATCH));
			for (Object[] row : due) {
				long orderId = (Long) row[0];
				long shipmentId = (Long) row[1];
				Boolean done = this.transaction.execute((status) -> {
					Order order = this.orders.findForUpdate(orderId).orElseThrow();
					if (!order.shipment(shipmentId).deliveredBefore(cutoff)) {
						return false;
					}
					order.confirm(shipmentId, this.clock.instant());
					this.orders.save(order);
					return true;
				});
				confirmed += Boolean.TRUE.equals(done) ? 1 : 0;
			}
		}
		while (due.size() == BATCH);
		if (confirmed > 0) {
			logger.info("Confirmed {} purchases delivered before {}", confirmed, cutoff);
		}
		return confirmed;
	}

	/**
	 * Bank-transfer orders past their deposit deadline are cancelled and their stock
	 * returned.
	 */
	@Scheduled(cron = "${valuemall.order.expire-cron:0 5 * * * *}", zone = "Asia/Seoul")
	@SchedulerLock(name = "order.expireDeposits")
	public Integer expireDeposits() {
		return this.payments.expireDeposits();
	}

	/**
	 * Card refunds the gateway has not answered yet (down, timed out, or an instance
	 * stopped before asking) are asked again.
	 */
	@Scheduled(fixedDelayString = "${valuemall.order.refund-retry-every:30s}")
	@SchedulerLock(name = "order.retryRefunds")
	public Integer retryRefunds() {
		return this.refunds.retryDue();
	}

	/** Card payments that got no answer are settled from the gateway's own records. */
	@Scheduled(fixedDelayString = "${valuemall.order.reconcile-every:30s}")
	@SchedulerLock(name = "order.reconcilePayments")
	public Integer reconcilePayments() {
		return this.payments.reconcile();
	}

}
