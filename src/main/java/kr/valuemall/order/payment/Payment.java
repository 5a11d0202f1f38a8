package kr.valuemall.order.payment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The money side of one order. Its key goes to the gateway with every call, so a retried
 * charge is one charge; it is recorded as REQUESTED before the gateway is called, so no
 * charge can happen that this mall does not know to look for.
 */
@Entity
@Table(name = "payment")
public class Payment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long orderId;

	private UUID paymentKey;

	@Enumerated(EnumType.STRING)
	private PaymentMethod method;

	@Enumerated(EnumType.STRING)
	private PaymentStatus status;

	private long amount;

	private long refunded;

	private String cardLast4;

	private String gatewayReference;

	private String declineCode;

	private String depositBank;

	private String depositAccount;

	private Instant depositDeadline;

	private Instant requestedAt;

	private Instant settledAt;

	@Version
	private long version;

	protected Payment() {
	}

	public Payment(long orderId, PaymentMethod method, long amount, String cardLast4, Instant now) {
		this.orderId = orderId;
		this.paymentKey = UUID.randomUUID();
		this.method = method;
		this.amount = amount;
		this.cardLast4 = cardLast4;
		this.status = PaymentStatus.REQUESTED;
		this.requestedAt = now;
	}

	public void approved(String reference, Instant now) {
		this.status = PaymentStatus.APPROVED;
		this.gatewayReference = reference;
		this.settledAt = now;
	}

	void declined(String code, Instant now) {
		this.status = PaymentStatus.DECLINED;
		this.declineCode = code;
		this.settledAt = now;
	}

	void unanswered() {
		this.status = PaymentStatus.UNKNOWN;
	}

	public void awaitDeposit(String bank, String account, Instant deadline) {
		this.status = PaymentStatus.AWAITING_DEPOSIT;
		this.depositBank = bank;
		this.depositAccount = account;
		this.depositDeadline = deadline;
	}

	void expired(Instant now) {
		this.status = PaymentStatus.EXPIRED;
		this.settledAt = now;
	}

	void refunded(long amount) {
		if (this.refunded + amount > this.amount) {
			throw new IllegalStateException("Payment " + this.id + " cannot refund more than it took");
		}
		this.refunded += amount;
	}

	public Long getId() {
		return this.id;
	}

	public long getOrderId() {
		return this.orderId;
	}

	public UUID getPaymentKey() {
		return this.paymentKey;
	}

	public PaymentMethod getMethod() {
		return this.method;
	}

	public PaymentStatus getStatus() {
		return this.status;
	}

	public long getAmount() {
		return this.amount;
	}

	public long getRefunded() {
		return this.refunded;
	}

	public String getCardLast4() {
		return this.cardLast4;
	}

	public String getDeclineCode() {
		return this.declineCode;
	}

	public String getDepositBank() {
		return this.depositBank;
	}

	public String getDepositAccount() {
		return this.depositAccount;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	/** When the gateway answered for good (approved, declined, expired), or null. */
	public Instant getSettledAt() {
		return this.settledAt;
	}

	public Instant getDepositDeadline() {
		return this.depositDeadline;
	}

}
