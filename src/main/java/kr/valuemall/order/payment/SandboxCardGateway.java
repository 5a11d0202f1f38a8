package kr.valuemall.order.payment;

import java.sql.Timestamp;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A card gateway for development, tests and the demo: it keeps its own books in
 * {@code sandbox_card_charge}, as a card company would, so reconciliation can ask it what
 * happened after a time-out. The test cards (README, "Paying in the demo"):
 * <ul>
 * <li>4242 4242 4242 4242 and any other valid number: approved</li>
 * <li>4000 0000 0000 0002: declined by the card company</li>
 * <li>4000 0000 0000 9995: declined, not enough credit</li>
 * <li>4000 0000 0000 0119: charged, but the answer is lost (time-out); reconciliation
 * finds the charge</li>
 * <li>4000 0000 0000 0127: time-out and nothing charged; reconciliation cancels the
 * order</li>
 * <li>4000 0000 0000 3220: charged; its first refund call times out after the refund was
 * made (the retry finds it done)</li>
 * <li>4000 0000 0000 3238: charged; the gateway is down for its first two refund calls
 * (nothing refunded), the third goes through</li>
 * </ul>
 */
@Component
public class SandboxCardGateway implements PaymentGateway {

	public static final String APPROVE = "4242424242424242";

	public static final String DECLINE = "4000000000000002";

	static final String NO_CREDIT = "4000000000009995";

	public static final String TIMEOUT_CHARGED = "4000000000000119";

	public static final String TIMEOUT_NOT_CHARGED = "4000000000000127";

	public static final String REFUND_TIMES_OUT = "4000000000003220";

	public static final String REFUND_GATEWAY_DOWN = "4000000000003238";

	private static final Map<String, String> REFUND_FAULTS = Map.of(REFUND_TIMES_OUT, "TIMEOUT", REFUND_GATEWAY_DOWN,
			"DOWN");

	private static final Map<String, String> DECLINES = Map.of(DECLINE, "CARD_DECLINED", NO_CREDIT,
			"INSUFFICIENT_FUNDS");

	private final JdbcClient jdbc;

	SandboxCardGateway(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PaymentMethod method() {
		return PaymentMethod.CARD;
	}

	@Override
	public Answer charge(ChargeRequest request) {
		String number = request.card().number();
		if (DECLINES.containsKey(number)) {
			return new Declined(DECLINES.get(number));
		}
		if (TIMEOUT_NOT_CHARGED.equals(number)) {
			return new Unanswered();
		}
		String reference = "SBX-" + request.paymentKey().toString().substring(0, 8).toUpperCase();
		this.jdbc.sql("""
				INSERT INTO sandbox_card_charge (payment_key, amount, reference, charged_at, refund_fault)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT (payment_key) DO NOTHING""")
			.params(request.paymentKey(), request.amount(), reference, Timestamp.from(request.now()),
					REFUND_FAULTS.get(number))
			.update();
		if (TIMEOUT_CHARGED.equals(number)) {
			return new Unanswered();
		}
		return new Approved(reference);
	}

	@Override
	public Optional<String> lookup(UUID paymentKey) {
		return this.jdbc.sql("SELECT reference FROM sandbox_card_charge WHERE payment_key = ?")
			.param(paymentKey)
			.query(String.class)
			.stream()
			.findFirst();
	}

	@Override
	public RefundAnswer refund(UUID paymentKey, String refundKey, long amount) {
		Optional<String> fault = this.jdbc
			.sql("SELECT coalesce(refund_fault, '') FROM sandbox_card_charge WHERE payment_key = ?")
			.param(paymentKey)
			.query(String.class)
			.optional();
		if (fault.isEmpty()) {
			return new RefundRefused("NO_SUCH_CHARGE");
		}
		int attempt = this.jdbc.sql("""
				INSERT INTO sandbox_card_refund_attempt (refund_key, attempts) VALUES (?, 1)
				ON CONFLICT (refund_key) DO UPDATE SET attempts = sandbox_card_refund_attempt.attempts + 1
				RETURNING attempts""").param(refundKey).query(Integer.class).single();
		if ("DOWN".equals(fault.get()) && attempt <= 2) {
			return new RefundUnanswered("SANDBOX_DOWN");
		}
		String reference = "SBX-R-" + Integer.toHexString(refundKey.hashCode()).toUpperCase();
		int recorded = this.jdbc.sql("""
				INSERT INTO sandbox_card_refund (refund_key, payment_key, amount, reference) VALUES (?, ?, ?, ?)
				ON CONFLICT (refund_key) DO NOTHING""").params(refundKey, paymentKey, amount, reference).update();
		if (recorded == 0) {
			// The same refund asked again: one refund, the first one's reference.
			return new Refunded(this.jdbc.sql("SELECT reference FROM sandbox_card_refund WHERE refund_key = ?")
				.param(refundKey)
				.query(String.class)
				.single());
		}
		int refunded = this.jdbc.sql(
				"UPDATE sandbox_card_charge SET refunded = refunded + ? WHERE payment_key = ? AND refunded + ? <= amount")
			.params(amount, paymentKey, amount)
			.update();
		if (refunded != 1) {
			this.jdbc.sql("DELETE FROM sandbox_card_refund WHERE refund_key = ?").param(refundKey).update();
			return new RefundRefused("MORE_THAN_CHARGED");
		}
		if ("TIMEOUT".equals(fault.get()) && attempt == 1) {
			// Refunded, but the answer is lost on its way back.
			return new RefundUnanswered("SANDBOX_TIMEOUT");
		}
		return new Refunded(reference);
	}

}
