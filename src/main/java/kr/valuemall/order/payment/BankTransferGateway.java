package kr.valuemall.order.payment;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import kr.valuemall.order.fulfilment.OrderProperties;

/**
 * Bank transfer (무통장입금): a virtual account number is issued for the order, which waits
 * until staff confirm the deposit, or is cancelled when the deposit does not come in
 * time. The account number is derived from the payment key, so issuing it twice gives one
 * number.
 */
@Component
class BankTransferGateway implements PaymentGateway {

	private final OrderProperties properties;

	BankTransferGateway(OrderProperties properties) {
		this.properties = properties;
	}

	@Override
	public PaymentMethod method() {
		return PaymentMethod.BANK_TRANSFER;
	}

	@Override
	public Answer charge(ChargeRequest request) {
		long digits = Math.floorMod(request.paymentKey().getMostSignificantBits(), 100_000_000_000L);
		String account = String.format("%03d-%06d-%05d", 560 + digits % 10, (digits / 10) % 1_000_000,
				(digits / 10_000_000) % 100_000);
		return new DepositRequested(this.properties.depositBank(), account,
				request.now().plus(Duration.ofDays(this.properties.depositDays())));
	}

	@Override
	public Optional<String> lookup(UUID paymentKey) {
		return Optional.empty();
	}

	/**
	 * A bank transfer cannot be sent back through a gateway: staff pay it to the
	 * shopper's refund account from a bank file ({@code /admin/refunds}).
	 */
	@Override
	public RefundAnswer refund(UUID paymentKey, String refundKey, long amount) {
		return new RefundRefused("BANK_TRANSFER_BY_STAFF");
	}

}
