package kr.valuemall.order.fulfilment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.account.AccountApi;
import kr.valuemall.account.AccountSummary;
import kr.valuemall.order.OrderTimelineSource;
import kr.valuemall.order.payment.Payment;
import kr.valuemall.order.payment.PaymentStatus;
import kr.valuemall.order.payment.Payments;
import kr.valuemall.order.payment.Refund;
import kr.valuemall.order.payment.RefundAccounts;
import kr.valuemall.order.payment.RefundDesk;
import kr.valuemall.order.payment.RefundStatus;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.web.MoneyFormat;

/**
 * Customer service: staff find an order by its number, the shopper's e-mail, the phone it
 * was sent to or a store's name, see everything that happened to it, and refund whole
 * shipments or single lines at any stage.
 */
@Service
@Transactional
public class StaffOrders {

	static final int RESULTS = 50;

	private static final Pattern ORDER_NUMBER = Pattern.compile("\\d{8}-\\d{1,6}");

	private static final Pattern PHONE = Pattern.compile("0\\d{8,10}");

	private final OrderRepository orders;

	private final Payments payments;

	private final RefundDesk refundDesk;

	private final OrderRefunds refunds;

	private final ShipmentStatusLog log;

	private final AccountApi accounts;

	private final SellerApi sellers;

	private final List<OrderTimelineSource> sources;

	private final MoneyFormat money;

	StaffOrders(OrderRepository orders, Payments payments, RefundDesk refundDesk, OrderRefunds refunds,
			ShipmentStatusLog log, AccountApi accounts, SellerApi sellers, List<OrderTimelineSource> sources,
			MoneyFormat money) {
		this.money = money;
		this.orders = orders;
		this.payments = payments;
		this.refundDesk = refundDesk;
		this.refunds = refunds;
		this.log = log;
		this.accounts = accounts;
		this.sellers = sellers;
		this.sources = sources;
	}

	/**
	 * What was typed, read as an order number, an e-mail, a phone number (with or without
	 * dashes) or else part of a store's name; nothing typed lists the latest orders.
	 */
	@Transactional(readOnly = true)
	public Search search(String typed) {
		String query = (typed != null) ? typed.strip() : "";
		PageRequest first = PageRequest.of(0, RESULTS);
		List<Order> found;
		SearchKind kind;
		String digits = query.replaceAll("[\\s-]", "");
		if (query.isEmpty()) {
			kind = SearchKind.LATEST;
			found = this.orders.findLatest(first);
		}
		else if (ORDER_NUMBER.matcher(query).matches()) {
			kind = SearchKind.ORDER_NUMBER;
			found = this.orders.findByOrderNumber(query).map(List::of).orElse(List.of());
		}
		else if (query.contains("@")) {
			kind = SearchKind.EMAIL;
			found = this.accounts.findByEmail(query.toLowerCase())
				.map((account) -> this.orders.findByShopper(account.id(), first))
				.orElse(List.of());
		}
		else if (PHONE.matcher(digits).matches()) {
			kind = SearchKind.PHONE;
			found = this.orders.findByPhoneDigits(digits, RESULTS);
		}
		else {
			kind = SearchKind.STORE;
			String lower = query.toLowerCase();
			Set<Long> sellerIds = this.sellers.approvedStores()
				.stream()
				.filter((store) -> store.storeName().toLowerCase().contains(lower) || store.slug().equals(lower))
				.map(StoreSummary::sellerId)
				.collect(Collectors.toSet());
			found = sellerIds.isEmpty() ? List.of() : this.orders.findBySellers(sellerIds, first);
		}
		found.forEach((order) -> order.getShipments().size());
		return new Search(query, kind, found, stores(found));
	}

	/** An order with everything customer service needs about it. */
	@Transactional(readOnly = true)
	public Case open(String orderNumber) {
		Order order = this.orders.findByOrderNumber(orderNumber).orElseThrow(() -> OrderNotFound.of(orderNumber));
		order.getShipments().forEach((shipment) -> shipment.getLines().size());
		Payment payment = this.payments.of(order.getId()).orElse(null);
		List<Refund> refunds = this.refundDesk.of(order.getId());
		Map<Long, StoreSummary> stores = stores(List.of(order));
		Optional<AccountSummary> shopper = this.accounts.findById(order.getShopperId());
		return new Case(order, payment, refunds, this.refundDesk.account(order.getId()).orElse(null), stores,
				shopper.orElse(null), timeline(order, payment, refunds, stores));
	}

	/**
	 * Staff refund lines of a shipment (all of them when none are named), with a reason.
	 */
	public Refund refund(String orderNumber, long shipmentId, List<Long> lineIds, String reason, String staff) {
		Order order = this.orders.findByOrderNumberForUpdate(orderNumber)
			.orElseThrow(() -> OrderNotFound.of(orderNumber));
		return this.refunds.refund(order, shipmentId, lineIds, reason, staff);
	}

	private List<OrderTimelineSource.Entry> timeline(Order order, Payment payment, List<Refund> refunds,
			Map<Long, StoreSummary> stores) {
		List<OrderTimelineSource.Entry> entries = new ArrayList<>();
		entries.add(new OrderTimelineSource.Entry(order.getCreatedAt(), "staffOrders.timeline.placed", null));
		if (payment != null) {
			if (payment.getStatus() == PaymentStatus.AWAITING_DEPOSIT || payment.getDepositAccount() != null) {
				entries
					.add(new OrderTimelineSource.Entry(payment.getRequestedAt(), "staffOrders.timeline.depositAccount",
							payment.getDepositBank() + " " + payment.getDepositAccount()));
			}
			if (payment.getSettledAt() != null) {
				entries.add(new OrderTimelineSource.Entry(payment.getSettledAt(),
						"staffOrders.timeline.payment." + payment.getStatus().name(),
						(payment.getDeclineCode() != null) ? payment.getDeclineCode() : null));
			}
		}
		Map<Long, Shipment> shipments = order.getShipments()
			.stream()
			.collect(Collectors.toMap(Shipment::getId, (shipment) -> shipment));
		for (ShipmentStatusLog.Step step : this.log.of(shipments.keySet())) {
			StoreSummary store = stores.get(shipments.get(step.shipmentId()).getSellerId());
			entries.add(new OrderTimelineSource.Entry(step.at(), "staffOrders.timeline.status." + step.to().name(),
					(store != null) ? store.storeName() : null));
		}
		for (Refund refund : refunds) {
			String who = (refund.getRequestedBy() != null) ? refund.getRequestedBy() : "";
			entries.add(new OrderTimelineSource.Entry(refund.getCreatedAt(),
					"staffOrders.timeline.refund." + refund.getCause().name(),
					String
						.format("%,d원 %s %s", refund.getAmount(), who,
								(refund.getReason() != null) ? "· " + refund.getReason() : "")
						.strip()));
			if (refund.getStatus() == RefundStatus.DONE && refund.getDoneAt() != null) {
				entries.add(new OrderTimelineSource.Entry(refund.getDoneAt(), "staffOrders.timeline.refundDone",
						refund.getGatewayReference()));
			}
			else if (refund.getLastError() != null) {
				entries.add(new OrderTimelineSource.Entry(refund.getCreatedAt(), "staffOrders.timeline.refundRetrying",
						refund.getLastError() + " × " + refund.getAttempts()));
			}
		}
		for (OrderTimelineSource source : this.sources) {
			entries.addAll(source.entries(order.getOrderNumber()));
		}
		entries.sort(
				Comparator.comparing(OrderTimelineSource.Entry::at, Comparator.nullsFirst(Comparator.naturalOrder())));
		return entries;
	}

	private Map<Long, StoreSummary> stores(List<Order> orders) {
		return this.sellers.stores(orders.stream()
			.flatMap((order) -> order.getShipments().stream())
			.map(Shipment::getSellerId)
			.collect(Collectors.toSet()));
	}

	enum SearchKind {

		LATEST, ORDER_NUMBER, EMAIL, PHONE, STORE

	}

	record Search(String query, SearchKind kind, List<Order> orders, Map<Long, StoreSummary> stores) {

	}

	/** An order opened by customer service. */
	record Case(Order order, Payment payment, List<Refund> refunds, RefundAccounts.Shown refundAccount,
			Map<Long, StoreSummary> stores, AccountSummary shopper, List<OrderTimelineSource.Entry> timeline) {

		/** The refunds that went to a shipment's lines, by line id. */
		Map<Long, Refund> refundOfLine() {
			Map<Long, Refund> byId = this.refunds.stream().collect(Collectors.toMap(Refund::getId, (r) -> r));
			return this.order.getShipments()
				.stream()
				.flatMap((shipment) -> shipment.getLines().stream())
				.filter(OrderLine::isRefunded)
				.filter((line) -> byId.containsKey(line.getRefundId()))
				.collect(Collectors.toMap(OrderLine::getId, (line) -> byId.get(line.getRefundId())));
		}

	}

}
