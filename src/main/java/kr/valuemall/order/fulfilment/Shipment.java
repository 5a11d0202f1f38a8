package kr.valuemall.order.fulfilment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import kr.valuemall.order.OrderedLine;
import kr.valuemall.order.ShipmentStatus;

/**
 * One seller's part of an order: its lines, its shipping fee and its own life cycle.
 * Every change goes through {@link Order}, which holds the lock and records the events.
 */
@Entity
@Table(name = "shipment")
public class Shipment {

	private static final Set<ShipmentStatus> CANCELLABLE = EnumSet.of(ShipmentStatus.PAID, ShipmentStatus.PREPARING);

	/** Paid and not yet ended: staff can refund all of it or single lines. */
	private static final Set<ShipmentStatus> REFUNDABLE = EnumSet.of(ShipmentStatus.PAID, ShipmentStatus.PREPARING,
			ShipmentStatus.SHIPPED, ShipmentStatus.DELIVERED, ShipmentStatus.RETURN_REQUESTED,
			ShipmentStatus.CONFIRMED);

	private static final Set<ShipmentStatus> UNPAID = EnumSet.of(ShipmentStatus.PENDING,
			ShipmentStatus.AWAITING_DEPOSIT);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "order_id")
	private Order order;

	private long sellerId;

	@Enumerated(EnumType.STRING)
	private ShipmentStatus status;

	private long shippingFee;

	/** The Jeju or island extra fee (제주·도서산간 추가 배송비), 0 on the mainland. */
	private long islandFee;

	private long discount;

	/** Whether the shipping fee went back with a refund already. */
	private boolean shippingRefunded;

	/** How much of the coupon's share the refunds so far kept back. */
	private long discountRefunded;

	@Enumerated(EnumType.STRING)
	private Courier courier;

	private String trackingNumber;

	private String returnReason;

	private String returnRefusal;

	private Instant paidAt;

	private Instant shippedAt;

	private Instant deliveredAt;

	private Instant confirmedAt;

	private Instant cancelledAt;

	private Instant returnRequestedAt;

	private Instant returnedAt;

	private Instant updatedAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "shipment_id", nullable = false)
	@OrderBy("position")
	private List<OrderLine> lines = new ArrayList<>();

	protected Shipment() {
	}

	Shipment(Order order, long sellerId, long shippingFee, long islandFee, Instant now) {
		this.order = order;
		this.sellerId = sellerId;
		this.shippingFee = shippingFee;
		this.islandFee = islandFee;
		this.status = ShipmentStatus.PENDING;
		this.updatedAt = now;
	}

	void add(OrderLine line) {
		this.lines.add(line);
	}

	/** This shipment's share of the order's coupon discount. */
	void discount(long share) {
		this.discount = share;
	}

	ShipmentStatus awaitDeposit(Instant now) {
		return move(UNPAID, ShipmentStatus.AWAITING_DEPOSIT, "await a deposit", now);
	}

	ShipmentStatus pay(Instant now) {
		ShipmentStatus from = move(UNPAID, ShipmentStatus.PAID, "be paid", now);
		this.paidAt = now;
		return from;
	}

	/** The payment never happened: the card was declined, or the deposit did not come. */
	ShipmentStatus drop(Instant now) {
		ShipmentStatus from = move(UNPAID, ShipmentStatus.CANCELLED, "be dropped", now);
		this.cancelledAt = now;
		return from;
	}

	ShipmentStatus accept(Instant now) {
		return move(EnumSet.of(ShipmentStatus.PAID), ShipmentStatus.PREPARING, "be accepted", now);
	}

	ShipmentStatus ship(Courier courier, String trackingNumber, Instant now) {
		ShipmentStatus from = move(CANCELLABLE, ShipmentStatus.SHIPPED, "be shipped", now);
		this.courier = courier;
		this.trackingNumber = trackingNumber;
		this.shippedAt = now;
		return from;
	}

	ShipmentStatus deliver(Instant now) {
		ShipmentStatus from = move(EnumSet.of(ShipmentStatus.SHIPPED), ShipmentStatus.DELIVERED, "be delivered", now);
		this.deliveredAt = now;
		return from;
	}

	ShipmentStatus confirm(Instant now) {
		ShipmentStatus from = move(EnumSet.of(ShipmentStatus.DELIVERED), ShipmentStatus.CONFIRMED, "be confirmed", now);
		this.confirmedAt = now;
		return from;
	}

	ShipmentStatus requestReturn(String reason, Instant now) {
		ShipmentStatus from = move(EnumSet.of(ShipmentStatus.DELIVERED), ShipmentStatus.RETURN_REQUESTED, "be returned",
				now);
		this.returnReason = reason;
		this.returnRefusal = null;
		this.returnRequestedAt = now;
		return from;
	}

	ShipmentStatus refuseReturn(String reason, Instant now) {
		ShipmentStatus from = move(EnumSet.of(ShipmentStatus.RETURN_REQUESTED), ShipmentStatus.DELIVERED,
				"refuse a return", now);
		this.returnRefusal = reason;
		return from;
	}

	/**
	 * What refunding these lines would give back. Lines already refunded cannot be
	 * refunded again; no lines means every line left. The shipping fee goes back with the
	 * last lines, and the coupon's share is kept back in proportion to the lines' amounts
	 * (the last refund keeps what rounding left).
	 * @throws IllegalShipmentTransition when nothing of it can be refunded in its state
	 */
	RefundQuote quote(java.util.Collection<Long> lineIds) {
		if (!REFUNDABLE.contains(this.status)) {
			throw IllegalShipmentTransition.of(this.id, this.status, "be refunded");
		}
		List<OrderLine> open = this.lines.stream().filter((line) -> !line.isRefunded()).toList();
		List<OrderLine> chosen = (lineIds == null || lineIds.isEmpty()) ? open
				: open.stream().filter((line) -> lineIds.contains(line.getId())).toList();
		if (chosen.isEmpty() || (lineIds != null && !lineIds.isEmpty() && chosen.size() != lineIds.size())) {
			throw IllegalShipmentTransition.of(this.id, this.status, "refund these lines");
		}
		boolean last = chosen.size() == open.size();
		long items = chosen.stream().mapToLong(OrderLine::getAmount).sum();
		long shipping = (last && !this.shippingRefunded) ? getDeliveryCharge() : 0;
		long discountShare = last ? this.discount - this.discountRefunded
				: Math.min(this.discount - this.discountRefunded,
						(itemsTotal() == 0) ? 0 : Math.multiplyExact(this.discount, items) / itemsTotal());
		boolean sent = !CANCELLABLE.contains(this.status);
		return new RefundQuote(this.id, chosen.stream().map(OrderLine::getId).toList(), items, shipping, discountShare,
				last, sent);
	}

	/**
	 * Gives back what a quote named, under the refund that pays it. When nothing is left
	 * the shipment ends: cancelled when it was not sent yet, returned otherwise.
	 * @return the state it was in when it ended, or null when lines are left
	 */
	ShipmentStatus refund(RefundQuote quote, long refundId, String reason, Instant now) {
		for (OrderLine line : this.lines) {
			if (quote.lineIds().contains(line.getId())) {
				line.refunded(refundId);
			}
		}
		this.discountRefunded += quote.discountShare();
		if (quote.shipping() > 0) {
			this.shippingRefunded = true;
		}
		this.updatedAt = now;
		if (!quote.last()) {
			return null;
		}
		ShipmentStatus from = this.status;
		if (quote.sent()) {
			this.status = ShipmentStatus.RETURNED;
			this.returnedAt = now;
			if (reason != null && this.returnReason == null) {
				this.returnReason = reason;
			}
		}
		else {
			this.status = ShipmentStatus.CANCELLED;
			this.cancelledAt = now;
		}
		return from;
	}

	/** The lines not refunded yet, as events tell them. */
	public List<OrderedLine> openLines() {
		return this.lines.stream().filter((line) -> !line.isRefunded()).map(OrderLine::toEvent).toList();
	}

	/** Whether staff can still refund something of it. */
	public boolean isRefundable() {
		return REFUNDABLE.contains(this.status) && this.lines.stream().anyMatch((line) -> !line.isRefunded());
	}

	public boolean isShippingRefunded() {
		return this.shippingRefunded;
	}

	private ShipmentStatus move(Set<ShipmentStatus> allowed, ShipmentStatus to, String action, Instant now) {
		if (!allowed.contains(this.status)) {
			throw IllegalShipmentTransition.of(this.id, this.status, action);
		}
		ShipmentStatus from = this.status;
		this.status = to;
		this.updatedAt = now;
		return from;
	}

	/** Whether the shopper may still cancel it: paid, and not yet handed to a courier. */
	public boolean isCancellable() {
		return CANCELLABLE.contains(this.status);
	}

	/** Whether the shopper may ask to return it: delivered and not yet confirmed. */
	public boolean isReturnable() {
		return this.status == ShipmentStatus.DELIVERED;
	}

	public boolean isConfirmable() {
		return this.status == ShipmentStatus.DELIVERED;
	}

	boolean deliveredBefore(Instant cutoff) {
		return this.status == ShipmentStatus.DELIVERED && this.deliveredAt != null && this.deliveredAt.isBefore(cutoff);
	}

	/**
	 * What the shopper paid for this shipment, and what a refund of it gives back: its
	 * lines and its shipping (with any island extra fee), less its share of a coupon's
	 * discount.
	 */
	public long getTotal() {
		return itemsTotal() + getDeliveryCharge() - this.discount;
	}

	/**
	 * The shipping fee and the island extra fee together: what the events call the
	 * shipment's shipping fee, passed through to the seller and refunded with the
	 * shipment.
	 */
	public long getDeliveryCharge() {
		return this.shippingFee + this.islandFee;
	}

	long itemsTotal() {
		return this.lines.stream().mapToLong(OrderLine::getAmount).sum();
	}

	public List<OrderedLine> orderedLines() {
		return this.lines.stream().map(OrderLine::toEvent).toList();
	}

	public Long getId() {
		return this.id;
	}

	Order getOrder() {
		return this.order;
	}

	public long getSellerId() {
		return this.sellerId;
	}

	public ShipmentStatus getStatus() {
		return this.status;
	}

	public long getShippingFee() {
		return this.shippingFee;
	}

	public long getIslandFee() {
		return this.islandFee;
	}

	public long getDiscount() {
		return this.discount;
	}

	public Courier getCourier() {
		return this.courier;
	}

	public String getTrackingNumber() {
		return this.trackingNumber;
	}

	public String getReturnReason() {
		return this.returnReason;
	}

	public String getReturnRefusal() {
		return this.returnRefusal;
	}

	public Instant getPaidAt() {
		return this.paidAt;
	}

	public Instant getShippedAt() {
		return this.shippedAt;
	}

	public Instant getDeliveredAt() {
		return this.deliveredAt;
	}

	public Instant getConfirmedAt() {
		return this.confirmedAt;
	}

	public Instant getCancelledAt() {
		return this.cancelledAt;
	}

	public Instant getReturnRequestedAt() {
		return this.returnRequestedAt;
	}

	public Instant getReturnedAt() {
		return this.returnedAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public List<OrderLine> getLines() {
		return this.lines;
	}

}
