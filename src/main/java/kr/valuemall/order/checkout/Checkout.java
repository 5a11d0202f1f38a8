package kr.valuemall.order.checkout;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.order.cart.Basket;
import kr.valuemall.order.cart.BasketPricing;
import kr.valuemall.order.cart.CartLine;
import kr.valuemall.order.cart.CartOwner;
import kr.valuemall.order.cart.Carts;
import kr.valuemall.order.delivery.RemoteArea;
import kr.valuemall.order.delivery.RemoteAreas;
import kr.valuemall.order.fulfilment.Order;
import kr.valuemall.order.fulfilment.OrderNotFound;
import kr.valuemall.order.fulfilment.OrderRepository;
import kr.valuemall.order.fulfilment.OrderStatus;
import kr.valuemall.order.payment.Payment;
import kr.valuemall.order.payment.PaymentGateway;
import kr.valuemall.order.payment.PaymentMethod;
import kr.valuemall.order.payment.PaymentRepository;
import kr.valuemall.order.payment.Payments;
import kr.valuemall.order.PriceOffers;
import kr.valuemall.order.ProductShelf;
import kr.valuemall.order.ShelfProduct;
import kr.valuemall.order.StockShortage;

/**
 * Turns a signed-in shopper's cart into one order, exactly once per checkout form.
 * <ol>
 * <li>The form's key is unique on the order: a second submission of the same form finds
 * the first order instead of making another.</li>
 * <li>One transaction takes the stock (rows locked in id order, conditional updates),
 * re-checks the prices the shopper was shown, and records the order and its payment as
 * requested.</li>
 * <li>The gateway is called outside any transaction, with the payment's key.</li>
 * <li>A second transaction records the answer. A time-out is recorded as such and settled
 * by reconciliation, which asks the gateway; nothing is charged without being recorded,
 * or recorded as paid without a charge.</li>
 * </ol>
 */
@Service
public class Checkout {

	private static final Logger logger = LoggerFactory.getLogger(Checkout.class);

	private final Carts carts;

	private final ProductShelf shelf;

	private final BasketPricing pricing;

	private final OrderRepository orders;

	private final PaymentRepository paymentRecords;

	private final Payments payments;

	private final OrderNumbers numbers;

	private final SavedAddresses addresses;

	private final RemoteAreas remoteAreas;

	private final TransactionTemplate transaction;

	private final TransactionTemplate reading;

	private final Clock clock;

	Checkout(Carts carts, ProductShelf shelf, BasketPricing pricing, OrderRepository orders,
			PaymentRepository paymentRecords, Payments payments, OrderNumbers numbers, SavedAddresses addresses,
			RemoteAreas remoteAreas, PlatformTransactionManager transactions, Clock clock) {
		this.remoteAreas = remoteAreas;
		this.carts = carts;
		this.shelf = shelf;
		this.pricing = pricing;
		this.orders = orders;
		this.paymentRecords = paymentRecords;
		this.payments = payments;
		this.numbers = numbers;
		this.addresses = addresses;
		this.transaction = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.clock = clock;
	}

	/** The shopper's cart priced as it would be bought now, sent to the mainland. */
	Basket basket(long shopperId) {
		return basket(shopperId, (RemoteArea) null);
	}

	/**
	 * The shopper's cart priced as it would be bought now and sent to this postal code:
	 * Jeju and the islands add their sellers' extra fees.
	 * @param postalCode the delivery address's postal code, or null when not yet known
	 */
	Basket basket(long shopperId, String postalCode) {
		return basket(shopperId, areaOf(postalCode), CartSelection.ALL);
	}

	/**
	 * The lines of the shopper's cart chosen for this checkout, priced as they would be
	 * bought now and sent to this postal code.
	 * @param postalCode the delivery address's postal code, or null when not yet known
	 */
	Basket basket(long shopperId, String postalCode, CartSelection selection) {
		return this.reading.execute((status) -> basket(shopperId, areaOf(postalCode), selection));
	}

	private Basket basket(long shopperId, RemoteArea destination) {
		return this.reading.execute((status) -> basket(shopperId, destination, CartSelection.ALL));
	}

	/**
	 * Read in one read-only transaction by the public methods: the cart, its products,
	 * campaign prices, stores and delivery terms are a dozen small reads in as many
	 * modules.
	 */
	private Basket basket(long shopperId, RemoteArea destination, CartSelection selection) {
		List<CartLine> lines = selection.of(this.carts.lines(CartOwner.account(shopperId)));
		Map<Long, ShelfProduct> products = this.shelf.findSkus(lines.stream().map(CartLine::skuId).toList());
		return this.pricing.price(lines, products, destination);
	}

	/** Jeju or another island for a postal code there; null for the mainland. */
	RemoteArea areaOf(String postalCode) {
		return this.remoteAreas.areaOf(postalCode).orElse(null);
	}

	/**
	 * What a coupon would take off this basket now, for the checkout page; nothing is
	 * used until the order is placed.
	 */
	PriceOffers.CouponOutcome previewCoupon(long shopperId, String code, Basket basket) {
		return this.pricing.offers().checkCoupon(code, shopperId, basket.itemsTotal(), this.clock.instant());
	}

	List<SavedAddresses.SavedAddress> savedAddresses(long shopperId) {
		return this.addresses.of(shopperId);
	}

	Placement place(long shopperId, PlaceOrder command) {
		Optional<Order> earlier = this.orders.findByIdempotencyKey(command.key());
		if (earlier.isPresent()) {
			return repeated(shopperId, earlier.get());
		}
		// The number is taken first, in its own transaction: taking it inside the
		// reserving one
		// would hold two connections per checkout and starve the pool under load.
		String orderNumber = this.numbers.next(this.clock.instant());
		Reserved reserved;
		try {
			reserved = this.transaction.execute((status) -> reserve(shopperId, orderNumber, command));
		}
		catch (DataIntegrityViolationException ex) {
			// Another submission of the same form got there first.
			return this.orders.findByIdempotencyKey(command.key())
				.map((order) -> repeated(shopperId, order))
				.orElseThrow(() -> ex);
		}
		catch (StockShortage shortage) {
			return new Placement.Shortage(shortage.productId(), shortage.available(), shortage.optionLabel());
		}
		catch (BasketChanged changed) {
			// A double click's other request may have ordered these lines and emptied the
			// cart just before this one read it: then this form's order is that one.
			return this.orders.findByIdempotencyKey(command.key())
				.map((order) -> repeated(shopperId, order))
				.orElse(changed.placement);
		}
		PaymentGateway.Answer answer;
		try {
			answer = this.payments.gateway(command.method())
				.charge(new PaymentGateway.ChargeRequest(reserved.paymentKey(), reserved.orderNumber(),
						reserved.amount(), command.card(), this.clock.instant()));
		}
		catch (RuntimeException ex) {
			logger.warn("Gateway call for order {} failed; reconciliation will settle it", reserved.orderNumber(), ex);
			answer = new PaymentGateway.Unanswered();
		}
		Order order = this.payments.record(reserved.orderId(), answer);
		if (answer instanceof PaymentGateway.Declined declined) {
			return new Placement.Declined(declined.code());
		}
		return new Placement.Placed(order.getOrderNumber());
	}

	private Reserved reserve(long shopperId, String orderNumber, PlaceOrder command) {
		Instant now = this.clock.instant();
		// Only the lines chosen on the cart page; the others stay in the cart.
		List<CartLine> lines = command.selection().of(this.carts.lines(CartOwner.account(shopperId)));
		if (lines.isEmpty()) {
			throw new BasketChanged(new Placement.EmptyCart());
		}
		Map<Long, Integer> quantities = lines.stream()
			.collect(Collectors.toMap(CartLine::skuId, CartLine::quantity, Integer::sum));
		Map<Long, ShelfProduct> taken = this.shelf.take(quantities);
		// The island fee goes by the address the parcels are sent to, whatever the page
		// showed: a total agreed to for another address is a changed price.
		Basket basket = this.pricing.price(lines, taken, areaOf(command.address().postalCode()));
		PriceOffers.CouponOutcome.Applied coupon = null;
		if (command.couponCode() != null) {
			// Used in this transaction: if the checkout goes no further, neither does the
			// coupon's use.
			PriceOffers.CouponOutcome outcome = this.pricing.offers()
				.applyCoupon(command.couponCode(), shopperId, basket.itemsTotal(), command.key(), now);
			if (outcome instanceof PriceOffers.CouponOutcome.Refused refused) {
				throw new BasketChanged(new Placement.CouponRefused(refused.reason(), refused.minimumOrder()));
			}
			coupon = (PriceOffers.CouponOutcome.Applied) outcome;
		}
		long discount = (coupon != null) ? Math.min(coupon.discount(), basket.itemsTotal()) : 0;
		if (basket.total() - discount != command.expectedTotal()) {
			// The shopper agreed to another amount: show the new one and ask again.
			// Rolling back puts the stock back. When the address adds (or no longer adds)
			// a Jeju or island fee the page did not show, the shopper is told so.
			long quotedIslandFees = basket.islandFeeTotal(areaOf(command.quotedPostalCode()));
			throw new BasketChanged((basket.islandFeeTotal() != quotedIslandFees)
					? new Placement.IslandFeeChanged(basket.islandFeeTotal() > 0) : new Placement.PriceChanged());
		}
		Order order = this.orders.saveAndFlush(new Order(orderNumber, command.key(), shopperId, command.method(),
				command.address(), basket, coupon, now));
		String last4 = (command.card() != null) ? command.card().last4() : null;
		Payment payment = this.paymentRecords
			.save(new Payment(order.getId(), command.method(), order.getTotal(), last4, now));
		this.addresses.remember(shopperId, command.address(), now);
		return new Reserved(order.getId(), order.getOrderNumber(), payment.getPaymentKey(), order.getTotal());
	}

	private Placement repeated(long shopperId, Order order) {
		if (!order.belongsTo(shopperId)) {
			throw OrderNotFound.of(order.getOrderNumber());
		}
		if (order.getStatus() == OrderStatus.PAYMENT_FAILED) {
			String code = this.paymentRecords.findByOrderId(order.getId()).map(Payment::getDeclineCode).orElse(null);
			return new Placement.Declined(code);
		}
		return new Placement.Placed(order.getOrderNumber());
	}

	/**
	 * What the checkout form asked for.
	 *
	 * @param expectedTotal what the shopper agreed to pay, after the coupon's discount
	 * and with the island extra fees of the address
	 * @param couponCode the coupon to use, or null
	 * @param selection the cart lines to buy
	 * @param quotedPostalCode the postal code the page's total was priced for, or null
	 * for the mainland
	 */
	record PlaceOrder(UUID key, DeliveryAddress address, PaymentMethod method, PaymentGateway.CardDetails card,
			long expectedTotal, String couponCode, CartSelection selection, String quotedPostalCode) {

		PlaceOrder(UUID key, DeliveryAddress address, PaymentMethod method, PaymentGateway.CardDetails card,
				long expectedTotal, String couponCode, CartSelection selection) {
			this(key, address, method, card, expectedTotal, couponCode, selection, null);
		}

		PlaceOrder(UUID key, DeliveryAddress address, PaymentMethod method, PaymentGateway.CardDetails card,
				long expectedTotal, String couponCode) {
			this(key, address, method, card, expectedTotal, couponCode, CartSelection.ALL);
		}

		PlaceOrder(UUID key, DeliveryAddress address, PaymentMethod method, PaymentGateway.CardDetails card,
				long expectedTotal) {
			this(key, address, method, card, expectedTotal, null);
		}

	}

	private record Reserved(long orderId, String orderNumber, UUID paymentKey, long amount) {

	}

	/** What became of a checkout. */
	sealed interface Placement {

		/**
		 * An order exists: paid, waiting for a deposit, or being confirmed with the
		 * gateway.
		 */
		record Placed(String orderNumber) implements Placement {
		}

		record Declined(String code) implements Placement {
		}

		record Shortage(long productId, int available, String optionLabel) implements Placement {
		}

		record PriceChanged() implements Placement {
		}

		/**
		 * The total differs because the address's Jeju or island fee is not the one the
		 * page's total was priced with.
		 *
		 * @param added whether the address has such a fee (or, if not, the quoted one was
		 * dropped)
		 */
		record IslandFeeChanged(boolean added) implements Placement {
		}

		record EmptyCart() implements Placement {
		}

		record CouponRefused(PriceOffers.CouponRefusal reason, long minimumOrder) implements Placement {
		}

	}

	/** Ends the reserving transaction without an order, keeping the reason. */
	private static final class BasketChanged extends RuntimeException {

		private final transient Placement placement;

		BasketChanged(Placement placement) {
			super(null, null, false, false);
			this.placement = placement;
		}

	}

}
