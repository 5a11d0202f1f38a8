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

	ShipmentStatus cancel(Instant now) {
		ShipmentStatus from = move(CANCELLABLE, ShipmentStatus.CANCELLED, "be cancelled", now);
		this.cancelledAt = now;
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

	ShipmentStatus approveReturn(Instant now) {
		ShipmentStatus from = move(EnumSet.of(ShipmentStatus.RETURN_REQUESTED), ShipmentStatus.RETURNED,
				"approve a return", now);
		this.returnedAt = now;
		return from;
	}

	/**
	 * Staff refund a purchase already confirmed (a dispute settled for the shopper, a
	 * defect found later). If the seller was already paid for it, settlement takes it
	 * back next time.
	 */
	ShipmentStatus refundAfterConfirmation(String reason, Instant now) {
		ShipmentStatus from = move(EnumSet.of(ShipmentStatus.CONFIRMED), ShipmentStatus.RETURNED, "be refunded", now);
		this.returnReason = reason;
		this.returnedAt = now;
		return from;
	}

	ShipmentStatus refuseReturn(String reason, Instant now) {
		ShipmentStatus from = move(EnumSet.of(ShipmentStatus.RETURN_REQUESTED), ShipmentStatus.DELIVERED,
				"refuse a return", now);
		this.returnRefusal = reason;
		return from;
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
