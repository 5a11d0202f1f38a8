package kr.valuemall.settlement.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.order.OrderPaid;
import kr.valuemall.order.OrderedLine;
import kr.valuemall.order.ShipmentConfirmed;
import kr.valuemall.order.ShipmentStatus;
import kr.valuemall.order.ShipmentRefunded;
import kr.valuemall.order.ShipmentStatusChanged;
import kr.valuemall.settlement.CommissionBooked;
import kr.valuemall.settlement.CommissionCalculator;
import kr.valuemall.settlement.CommissionSplit;
import kr.valuemall.settlement.LineKind;

/**
 * What settlement keeps of the order module's events: the journal entries, the settleable
 * lines with their commission, refunds, and the dashboard's read models. Every method is
 * safe to call twice with the same event: the second call finds its keys taken and adds
 * nothing.
 */
@Service
class OrderEventRecorder {

	private static final Logger logger = LoggerFactory.getLogger(OrderEventRecorder.class);

	private final JdbcClient jdbc;

	private final Ledger ledger;

	private final SellerLocks locks;

	private final CommissionCalculator commission;

	private final ApplicationEventPublisher events;

	OrderEventRecorder(JdbcClient jdbc, Ledger ledger, SellerLocks locks, CommissionCalculator commission,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.locks = locks;
		this.commission = commission;
		this.events = events;
	}

	@Transactional
	void paid(OrderPaid event) {
		long gross = event.shipments()
			.stream()
			.mapToLong((shipment) -> shipment.shippingFee()
					+ shipment.lines().stream().mapToLong(OrderedLine::amount).sum())
			.sum();
		if (!this.ledger.record(Bookkeeping.paymentCaptured(event.orderId(), event.orderNumber(), event.paidAt(),
				event.paidTotal(), gross))) {
			return;
		}
		for (OrderPaid.PaidShipment shipment : event.shipments()) {
			this.jdbc.sql("""
					INSERT INTO settlement_paid_shipment (shipment_id, seller_id, order_number, item_total, paid_at)
					VALUES (:shipment, :seller, :number, :total, :paid) ON CONFLICT DO NOTHING""")
				.param("shipment", shipment.shipmentId())
				.param("seller", shipment.sellerId())
				.param("number", event.orderNumber())
				.param("total", shipment.lines().stream().mapToLong(OrderedLine::amount).sum())
				.param("paid", Timestamp.from(event.paidAt()))
				.update();
			// Each shipment goes to PAID with the order (the order module's
			// ShipmentStatusChanged to PAID says the same at the same moment, and is not
			// heard: see OrderEventListeners).
			recordStatus(shipment.shipmentId(), shipment.sellerId(), ShipmentStatus.PAID, event.paidAt());
		}
	}

	@Transactional
	void confirmed(ShipmentConfirmed event) {
		// Under the seller's lock, so a refund of this shipment sees its lines or comes
		// first.
		this.locks.lock(event.sellerId());
		if (wasRefundedWhole(event.shipmentId())) {
			// The refund got here first (events may arrive out of order): nothing to
			// settle.
			logger.info("Shipment {} was refunded before its confirmation arrived", event.shipmentId());
			return;
		}
		// Lines refunded after the confirmation whose refund arrived first are left out.
		Set<Long> refunded = refundedLines(event.shipmentId());
		List<OrderedLine> settled = event.lines()
			.stream()
			.filter((line) -> !refunded.contains(line.orderLineId()))
			.toList();
		if (settled.isEmpty()) {
			return;
		}
		long amount = event.shippingFee();
		long sellerShare = event.shippingFee();
		long commissionTotal = 0;
		long itemTotal = 0;
		long privateMallTotal = 0;
		for (OrderedLine line : settled) {
			CommissionSplit split = this.commission.splitAt(line.amount(), event.confirmedAt());
			amount += split.itemAmount();
			sellerShare += split.sellerShare();
			commissionTotal += split.commission();
			itemTotal += split.itemAmount();
			privateMallTotal += this.commission.privateMallSplit(line.amount()).commission();
		}
		if (!this.ledger.record(Bookkeeping.commissionEarned(event.shipmentId(), event.sellerId(), event.orderNumber(),
				event.confirmedAt(), amount, sellerShare, commissionTotal))) {
			return;
		}
		this.events.publishEvent(new CommissionBooked(CommissionBooked.Kind.EARNED, event.shipmentId(),
				event.sellerId(), event.confirmedAt(), itemTotal, commissionTotal, privateMallTotal));
		for (OrderedLine line : settled) {
			CommissionSplit split = this.commission.splitAt(line.amount(), event.confirmedAt());
			insertLine(event, LineKind.ITEM, line.orderLineId(), line.productId(), line.productName(),
					line.optionLabel(), line.quantity(), split);
		}
		if (event.shippingFee() > 0) {
			insertLine(event, LineKind.SHIPPING, event.shipmentId(), null, null, null, 1,
					new CommissionSplit(event.shippingFee(), 0, 0, event.shippingFee()));
		}
	}

	private void insertLine(ShipmentConfirmed event, LineKind kind, long sourceId, Long productId, String productName,
			String optionLabel, int quantity, CommissionSplit split) {
		this.jdbc.sql("""
				INSERT INTO settlement_line (kind, source_id, seller_id, shipment_id, order_id, order_number,
					product_id, product_name, option_label, quantity, amount, rate_bps, commission, seller_share,
					confirmed_at)
				VALUES (:kind, :source, :seller, :shipment, :order, :number, :product, :name, :option, :quantity,
					:amount, :rate, :commission, :share, :confirmed)
				ON CONFLICT (kind, source_id) DO NOTHING""")
			.param("kind", kind.name())
			.param("source", sourceId)
			.param("seller", event.sellerId())
			.param("shipment", event.shipmentId())
			.param("order", event.orderId())
			.param("number", event.orderNumber())
			.param("product", productId)
			.param("name", productName)
			.param("option", optionLabel)
			.param("quantity", quantity)
			.param("amount", split.itemAmount())
			.param("rate", split.rateBps())
			.param("commission", split.commission())
			.param("share", split.sellerShare())
			.param("confirmed", Timestamp.from(event.confirmedAt()))
			.update();
	}

	/**
	 * Money went back to the shopper. Lines not yet settled are withdrawn from
	 * settlement; lines already settled become negative adjustments for the seller's next
	 * statement. Held under the seller's lock, so a settlement run sees the refund
	 * entirely or not at all.
	 */
	@Transactional
	void recordRefund(ShipmentRefunded event) {
		this.locks.lock(event.sellerId());
		String key = event.key().toString();
		int added = this.jdbc
			.sql("""
					INSERT INTO settlement_refund (refund_key, shipment_id, seller_id, order_number, reason, total,
						refunded_at, whole_shipment)
					VALUES (:key, :shipment, :seller, :number, :reason, :total, :refunded, :whole) ON CONFLICT DO NOTHING""")
			.param("key", key)
			.param("whole", event.wholeShipment())
			.param("shipment", event.shipmentId())
			.param("seller", event.sellerId())
			.param("number", event.orderNumber())
			.param("reason", event.reason().name())
			.param("total", event.total())
			.param("refunded", Timestamp.from(event.refundedAt()))
			.update();
		if (added == 0) {
			return;
		}
		for (OrderedLine line : event.lines()) {
			this.jdbc.sql("""
					INSERT INTO settlement_refunded_line (order_line_id, refund_key) VALUES (:line, :key)
					ON CONFLICT DO NOTHING""").param("line", line.orderLineId()).param("key", key).update();
		}
		this.ledger.record(Bookkeeping.refundPaid(key, event.sellerId(), event.orderNumber(), event.refundedAt(),
				event.total(), event.couponDiscount()));
		if (event.wholeShipment()) {
			this.jdbc.sql("UPDATE settlement_paid_shipment SET refunded_at = :refunded WHERE shipment_id = :shipment")
				.param("refunded", Timestamp.from(event.refundedAt()))
				.param("shipment", event.shipmentId())
				.update();
		}

		Set<Long> refundedLines = event.lines().stream().map(OrderedLine::orderLineId).collect(Collectors.toSet());
		List<RecordedLine> lines = this.jdbc.sql("""
				SELECT l.id, l.kind, l.source_id, l.amount, l.commission, l.seller_share,
					EXISTS (SELECT 1 FROM settlement_statement_item i WHERE i.line_id = l.id) AS settled
				FROM settlement_line l WHERE l.shipment_id = :shipment ORDER BY l.id""")
			.param("shipment", event.shipmentId())
			.query((rs, row) -> new RecordedLine(rs.getLong("id"), LineKind.valueOf(rs.getString("kind")),
					rs.getLong("source_id"), rs.getLong("amount"), rs.getLong("commission"), rs.getLong("seller_share"),
					rs.getBoolean("settled")))
			.list()
			.stream()
			.filter((line) -> (line.kind() == LineKind.ITEM) ? refundedLines.contains(line.sourceId())
					: event.shippingFee() > 0)
			.toList();
		if (lines.isEmpty()) {
			// Cancelled before it was confirmed: the money only goes back through
			// clearing.
			return;
		}
		for (RecordedLine line : lines) {
			if (line.settled()) {
				this.jdbc.sql("""
						INSERT INTO settlement_adjustment (line_id, seller_id, amount, commission_returned, created_at)
						VALUES (:line, :seller, :amount, :commission, :at) ON CONFLICT DO NOTHING""")
					.param("line", line.id())
					.param("seller", event.sellerId())
					.param("amount", -line.sellerShare())
					.param("commission", line.commission())
					.param("at", Timestamp.from(event.refundedAt()))
					.update();
			}
			else {
				this.jdbc.sql("""
						INSERT INTO settlement_line_withdrawal (line_id, withdrawn_at) VALUES (:line, :at)
						ON CONFLICT DO NOTHING""")
					.param("line", line.id())
					.param("at", Timestamp.from(event.refundedAt()))
					.update();
			}
		}
		long commissionReturned = lines.stream().mapToLong(RecordedLine::commission).sum();
		if (this.ledger.record(Bookkeeping.refundReversal(key, event.sellerId(), event.orderNumber(),
				event.refundedAt(), lines.stream().mapToLong(RecordedLine::amount).sum(),
				lines.stream().mapToLong(RecordedLine::sellerShare).sum(), commissionReturned))) {
			List<RecordedLine> items = lines.stream().filter((line) -> line.kind() == LineKind.ITEM).toList();
			long itemTotal = items.stream().mapToLong(RecordedLine::amount).sum();
			long privateMall = items.stream()
				.mapToLong((line) -> this.commission.privateMallSplit(line.amount()).commission())
				.sum();
			this.events.publishEvent(new CommissionBooked(CommissionBooked.Kind.RETURNED, event.shipmentId(),
					event.sellerId(), event.refundedAt(), -itemTotal, -commissionReturned, -privateMall));
		}
	}

	/**
	 * Keeps the latest status of each shipment; an older change arriving late is ignored.
	 */
	@Transactional
	void statusChanged(ShipmentStatusChanged event) {
		recordStatus(event.shipmentId(), event.sellerId(), event.to(), event.changedAt());
	}

	/** A shipment's status as of a moment; an older one arriving late changes nothing. */
	private void recordStatus(long shipmentId, long sellerId, ShipmentStatus status, Instant changedAt) {
		this.jdbc.sql("""
				INSERT INTO settlement_shipment_status (shipment_id, seller_id, status, changed_at)
				VALUES (:shipment, :seller, :status, :changed)
				ON CONFLICT (shipment_id) DO UPDATE SET status = EXCLUDED.status, changed_at = EXCLUDED.changed_at
				WHERE settlement_shipment_status.changed_at <= EXCLUDED.changed_at""")
			.param("shipment", shipmentId)
			.param("seller", sellerId)
			.param("status", status.name())
			.param("changed", Timestamp.from(changedAt))
			.update();
	}

	private boolean wasRefundedWhole(long shipmentId) {
		return this.jdbc.sql("SELECT count(*) FROM settlement_refund WHERE shipment_id = :shipment AND whole_shipment")
			.param("shipment", shipmentId)
			.query(Long.class)
			.single() > 0;
	}

	private Set<Long> refundedLines(long shipmentId) {
		return Set.copyOf(this.jdbc.sql("""
				SELECT l.order_line_id FROM settlement_refunded_line l
				JOIN settlement_refund r ON r.refund_key = l.refund_key WHERE r.shipment_id = :shipment""")
			.param("shipment", shipmentId)
			.query(Long.class)
			.list());
	}

	private record RecordedLine(long id, LineKind kind, long sourceId, long amount, long commission, long sellerShare,
			boolean settled) {

	}

}
