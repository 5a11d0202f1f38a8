package kr.valuemall.order.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.order.fulfilment.Order;
import kr.valuemall.order.fulfilment.OrderRepository;

/**
 * What staff see of bank-transfer orders: those still waiting for their deposit, with the
 * virtual account and the amount to look for in the bank's statement.
 */
@Service
@Transactional(readOnly = true)
public class StaffDeposits {

	private final OrderRepository orders;

	private final PaymentRepository payments;

	private final Clock clock;

	StaffDeposits(OrderRepository orders, PaymentRepository payments, Clock clock) {
		this.orders = orders;
		this.payments = payments;
		this.clock = clock;
	}

	List<AwaitingDeposit> awaiting() {
		List<Long> ids = this.orders.findAwaitingDeposit();
		Map<Long, Order> byId = this.orders.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Order::getId, Function.identity()));
		Instant now = this.clock.instant();
		return ids.stream()
			.filter(byId::containsKey)
			.map(byId::get)
			.flatMap((order) -> this.payments.findByOrderId(order.getId())
				.filter((payment) -> payment.getStatus() == PaymentStatus.AWAITING_DEPOSIT)
				.map((payment) -> new AwaitingDeposit(order.getOrderNumber(), order.getCreatedAt(),
						order.getRecipient(), payment.getAmount(), payment.getDepositBank(),
						payment.getDepositAccount(), payment.getDepositDeadline(),
						payment.getDepositDeadline().isBefore(now)))
				.stream())
			.toList();
	}

	/** A bank-transfer order whose deposit staff look for. */
	public record AwaitingDeposit(String orderNumber, Instant orderedAt, String recipient, long amount, String bank,
			String account, Instant deadline, boolean overdue) {

	}

}
