package kr.valuemall.order.payment;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A way to take money: the port the checkout talks to. Every call carries the payment's
 * key, and an adapter must make a repeated call with the same key a repeat, not a second
 * charge (real Korean PGs take the merchant's order key for exactly this).
 */
public interface PaymentGateway {

	PaymentMethod method();

	/**
	 * Asks for the money. Never throws for a refusal or a time-out: those are answers.
	 */
	Answer charge(ChargeRequest request);

	/**
	 * What the gateway did with a key whose call got no answer.
	 * @return the reference of the charge, or empty when nothing was charged
	 */
	Optional<String> lookup(UUID paymentKey);

	/**
	 * Gives money back. The refund key names the payment and the refund, so a retried
	 * refund is one refund. Never throws for a refusal or a time-out: those are answers.
	 */
	RefundAnswer refund(UUID paymentKey, String refundKey, long amount);

	/**
	 * @param card the card for a card payment, else null
	 */
	record ChargeRequest(UUID paymentKey, String orderNumber, long amount, CardDetails card, Instant now) {

	}

	/** What the shopper typed; only the last four digits are ever stored. */
	record CardDetails(String number, String expiry) {

		public String last4() {
			return this.number.substring(this.number.length() - 4);
		}

	}

	sealed interface Answer {

	}

	record Approved(String reference) implements Answer {

	}

	record Declined(String code) implements Answer {

	}

	record DepositRequested(String bank, String account, Instant deadline) implements Answer {

	}

	/** The call timed out or failed: whether money moved is not known yet. */
	record Unanswered() implements Answer {

	}

	/** What a gateway said to a refund. */
	sealed interface RefundAnswer {

	}

	record Refunded(String reference) implements RefundAnswer {

	}

	/**
	 * The gateway will not refund it (no such charge, more than was taken): staff look.
	 */
	record RefundRefused(String code) implements RefundAnswer {

	}

	/** No answer, or the gateway is down: asked again later with the same key. */
	record RefundUnanswered(String why) implements RefundAnswer {

	}

}
