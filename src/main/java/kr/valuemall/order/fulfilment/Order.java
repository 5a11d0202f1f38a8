package kr.valuemall.order.fulfilment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import kr.valuemall.order.cart.Basket;
import kr.valuemall.order.checkout.DeliveryAddress;
import kr.valuemall.order.delivery.RemoteArea;
import kr.valuemall.order.OrderPaid;
import kr.valuemall.order.payment.PaymentMethod;
import kr.valuemall.order.PriceOffers;
import kr.valuemall.order.ShipmentConfirmed;
import kr.valuemall.order.ShipmentRefunded;
import kr.valuemall.order.ShipmentStatus;
import kr.valuemall.order.ShipmentStatusChanged;

/**
 * One checkout: the shopper's address, the payment's state and one shipment per seller.
 * Changes to any shipment go through here, under a lock on this row, and each records the
 * event other modules follow.
 */
@Entity
@Table(name = "customer_order")
public class Order extends AbstractAggregateRoot<Order> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String orderNumber;

	private UUID idempotencyKey;

	private long shopperId;

	@Enumerated(EnumType.STRING)
	private OrderStatus status;

	@Enumerated(EnumType.STRING)
	private PaymentMethod paymentMethod;

	private long itemsTotal;

	private long shippingTotal;

	/** The shipments' Jeju or island extra fees. */
	private long islandFeeTotal;

	/** Jeju or another island when the address is one, else null. */
	@Enumerated(EnumType.STRING)
	private RemoteArea remoteArea;

	private long total;

	private String couponCode;

	private long discount;

	private String recipient;

	private String phone;

	private String postalCode;

	private String address1;

	private String address2;

	private String deliveryNote;

	private Instant createdAt;

	private Instant paidAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Shipment> shipments = new ArrayList<>();

	protected Order() {
	}

	public Order(String orderNumber, UUID idempotencyKey, long shopperId, PaymentMethod paymentMethod,
			DeliveryAddress address, Basket basket, Instant now) {
		this(orderNumber, idempotencyKey, shopperId, paymentMethod, address, basket, null, now);
	}

	/**
	 * @param coupon a coupon applied to the items, or null; its discount is shared among
	 * the shipments in proportion to their items
	 */
	public Order(String orderNumber, UUID idempotencyKey, long shopperId, PaymentMethod paymentMethod,
			DeliveryAddress address, Basket basket, PriceOffers.CouponOutcome.Applied coupon, Instant now) {
		this.orderNumber = orderNumber;
		this.idempotencyKey = idempotencyKey;
		this.shopperId = shopperId;
		this.paymentMethod = paymentMethod;
		this.status = OrderStatus.PAYMENT_PENDING;
		this.recipient = address.recipient();
		this.phone = address.phone();
		this.postalCode = address.postalCode();
		this.address1 = address.address1();
		this.address2 = address.address2();
		this.deliveryNote = address.deliveryNote();
		this.createdAt = now;
		for (Basket.SellerPart part : basket.parts()) {
			Shipment shipment = new Shipment(this, part.sellerId(), part.shippingFee(), part.islandFee(), now);
			int position = 0;
			for (Basket.Item item : part.items()) {
				shipment.add(new OrderLine(item, position++));
			}
			this.shipments.add(shipment);
		}
		this.itemsTotal = basket.itemsTotal();
		this.shippingTotal = basket.shippingTotal();
		this.islandFeeTotal = basket.islandFeeTotal();
		this.remoteArea = basket.destination();
		if (coupon != null) {
			this.couponCode = coupon.code();
			this.discount = Math.min(coupon.discount(), this.itemsTotal);
			shareDiscount();
		}
		this.total = this.itemsTotal + this.shippingTotal + this.islandFeeTotal - this.discount;
	}

	/**
	 * Each shipment's share of the discount, in proportion to its items and rounded down;
	 * what rounding leaves goes to the shipment with the most items.
	 */
	private void shareDiscount() {
		if (this.itemsTotal == 0) {
			return;
		}
		long shared = 0;
		Shipment largest = null;
		for (Shipment shipment : this.shipments) {
			long share = Math.multiplyExact(this.discount, shipment.itemsTotal()) / this.itemsTotal;
			shipment.discount(share);
			shared += share;
			if (largest == null || shipment.itemsTotal() > largest.itemsTotal()) {
				largest = shipment;
			}
		}
		if (largest != null) {
			largest.discount(largest.getDiscount() + this.discount - shared);
		}
	}

	/**
	 * The card was approved or staff saw the deposit: every shipment goes to its seller.
	 */
	public void paid(Instant now) {
		if (this.status != OrderStatus.PAYMENT_PENDING && this.status != OrderStatus.AWAITING_DEPOSIT) {
			throw new IllegalStateException("Order " + this.orderNumber + " cannot be paid when " + this.status);
		}
		this.status = OrderStatus.PAID;
		this.paidAt = now;
		List<OrderPaid.PaidShipment> paid = new ArrayList<>();
		for (Shipment shipment : this.shipments) {
			ShipmentStatus from = shipment.pay(now);
			paid.add(new OrderPaid.PaidShipment(shipment.getId(), shipment.getSellerId(), shipment.getDeliveryCharge(),
					shipment.orderedLines()));
			changed(shipment, from, now);
		}
		registerEvent(new OrderPaid(this.id, this.orderNumber, this.shopperId, now, this.total, List.copyOf(paid)));
	}

	public void awaitDeposit(Instant now) {
		if (this.status != OrderStatus.PAYMENT_PENDING) {
			throw new IllegalStateException(
					"Order " + this.orderNumber + " cannot wait for a deposit when " + this.status);
		}
		this.status = OrderStatus.AWAITING_DEPOSIT;
		this.shipments.forEach((shipment) -> shipment.awaitDeposit(now));
	}

	/**
	 * The payment did not happen: declined, never answered, or the deposit did not come
	 * in time. Nothing was charged, so nothing is refunded.
	 * @return the quantities to put back on the shelf
	 */
	public Map<Long, Integer> paymentFailed(Instant now) {
		boolean wasWaitingForDeposit = this.status == OrderStatus.AWAITING_DEPOSIT;
		if (this.status != OrderStatus.PAYMENT_PENDING && !wasWaitingForDeposit) {
			throw new IllegalStateException("Order " + this.orderNumber + " cannot fail when " + this.status);
		}
		this.status = wasWaitingForDeposit ? OrderStatus.CANCELLED : OrderStatus.PAYMENT_FAILED;
		for (Shipment shipment : this.shipments) {
			ShipmentStatus from = shipment.drop(now);
			if (wasWaitingForDeposit) {
				changed(shipment, from, now);
			}
		}
		return quantities(this.shipments);
	}

	Shipment accept(long shipmentId, Instant now) {
		return act(shipmentId, (shipment, at) -> shipment.accept(at), now);
	}

	Shipment ship(long shipmentId, Courier courier, String trackingNumber, Instant now) {
		return act(shipmentId, (shipment, at) -> shipment.ship(courier, trackingNumber, at), now);
	}

	Shipment deliver(long shipmentId, Instant now) {
		return act(shipmentId, (shipment, at) -> shipment.deliver(at), now);
	}

	Shipment confirm(long shipmentId, Instant now) {
		Shipment shipment = act(shipmentId, (s, at) -> s.confirm(at), now);
		registerEvent(new ShipmentConfirmed(shipment.getId(), this.id, this.orderNumber, this.shopperId,
				shipment.getSellerId(), now, shipment.isShippingRefunded() ? 0 : shipment.getDeliveryCharge(),
				shipment.openLines()));
		return shipment;
	}

	Shipment requestReturn(long shipmentId, String reason, Instant now) {
		return act(shipmentId, (shipment, at) -> shipment.requestReturn(reason, at), now);
	}

	Shipment refuseReturn(long shipmentId, String reason, Instant now) {
		return act(shipmentId, (shipment, at) -> shipment.refuseReturn(reason, at), now);
	}

	/**
	 * Gives back what a quote of one of its shipments named, under the refund that pays
	 * it: the lines are marked, the shipment ends when nothing is left, and the refund is
	 * told to the modules that follow money.
	 * @param note the reason the shopper is told, or null
	 */
	Shipment refund(RefundQuote quote, long refundId, String note, Instant now) {
		Shipment shipment = shipment(quote.shipmentId());
		List<kr.valuemall.order.OrderedLine> lines = shipment.getLines()
			.stream()
			.filter((line) -> quote.lineIds().contains(line.getId()))
			.map(OrderLine::toEvent)
			.toList();
		ShipmentStatus from = shipment.refund(quote, refundId, note, now);
		if (from != null) {
			changed(shipment, from, now);
		}
		registerEvent(new ShipmentRefunded(shipment.getId(), this.id, this.orderNumber, this.shopperId,
				shipment.getSellerId(), now,
				quote.sent() ? ShipmentRefunded.Reason.RETURNED : ShipmentRefunded.Reason.CANCELLED, quote.shipping(),
				lines, quote.discountShare(), refundId, quote.last(), note));
		return shipment;
	}

	private Shipment act(long shipmentId, BiFunction<Shipment, Instant, ShipmentStatus> action, Instant now) {
		Shipment shipment = shipment(shipmentId);
		ShipmentStatus from = action.apply(shipment, now);
		changed(shipment, from, now);
		return shipment;
	}

	private void changed(Shipment shipment, ShipmentStatus from, Instant now) {
		registerEvent(new ShipmentStatusChanged(shipment.getId(), this.orderNumber, this.shopperId,
				shipment.getSellerId(), from, shipment.getStatus(), now));
	}

	Shipment shipment(long shipmentId) {
		return this.shipments.stream()
			.filter((shipment) -> shipment.getId() == shipmentId)
			.findFirst()
			.orElseThrow(() -> OrderNotFound.shipment(shipmentId));
	}

	/** The units of each SKU in these shipments, to give back or take out of a cart. */
	public static Map<Long, Integer> quantities(List<Shipment> shipments) {
		return shipments.stream()
			.flatMap((shipment) -> shipment.getLines().stream())
			.collect(Collectors.toMap(OrderLine::getSkuId, OrderLine::getQuantity, Integer::sum));
	}

	public boolean belongsTo(long accountId) {
		return this.shopperId == accountId;
	}

	public Long getId() {
		return this.id;
	}

	public String getOrderNumber() {
		return this.orderNumber;
	}

	public UUID getIdempotencyKey() {
		return this.idempotencyKey;
	}

	public long getShopperId() {
		return this.shopperId;
	}

	public OrderStatus getStatus() {
		return this.status;
	}

	public PaymentMethod getPaymentMethod() {
		return this.paymentMethod;
	}

	public long getItemsTotal() {
		return this.itemsTotal;
	}

	public long getShippingTotal() {
		return this.shippingTotal;
	}

	public long getIslandFeeTotal() {
		return this.islandFeeTotal;
	}

	/** Jeju or another island when the order went to one, else null. */
	public RemoteArea getRemoteArea() {
		return this.remoteArea;
	}

	public long getTotal() {
		return this.total;
	}

	/** The coupon used, or null. */
	public String getCouponCode() {
		return this.couponCode;
	}

	/** What the coupon took off the items; the mall bears it, not the sellers. */
	public long getDiscount() {
		return this.discount;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public String getAddress1() {
		return this.address1;
	}

	public String getAddress2() {
		return this.address2;
	}

	public String getDeliveryNote() {
		return this.deliveryNote;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getPaidAt() {
		return this.paidAt;
	}

	public List<Shipment> getShipments() {
		return this.shipments;
	}

}
