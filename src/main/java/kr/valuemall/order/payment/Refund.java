package kr.valuemall.order.payment;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Money going back to a shopper. It is recorded in the transaction that decides it,
 * before any gateway is asked, so a refund the gateway never heard of is still known and
 * tried again; the gateway gets a key made of the payment and this refund, so asking
 * twice refunds once.
 */
@Entity
@Table(name = "refund")
public class Refund {

	/** The longest wait between two tries of a card refund. */
	static final Duration LONGEST_WAIT = Duration.ofHours(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long orderId;

	private long paymentId;

	private Long shipmentId;

	@Enumerated(EnumType.STRING)
	private PaymentMethod method;

	@Enumerated(EnumType.STRING)
	private RefundCause cause;

	private long amount;

	private boolean lastOfShipment;

	private String reason;

	@Enumerated(EnumType.STRING)
	private RefundStatus status;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastError;

	private String gatewayReference;

	private String requestedBy;

	private Long transferFileId;

	private Instant createdAt;

	private Instant doneAt;

	@Version
	private long version;

	protected Refund() {
	}

	Refund(Payment payment, Long shipmentId, RefundCause cause, long amount, boolean lastOfShipment, String reason,
			String requestedBy, boolean accountKnown, Instant now) {
		this.orderId = payment.getOrderId();
		this.paymentId = payment.getId();
		this.shipmentId = shipmentId;
		this.method = payment.getMethod();
		this.cause = cause;
		this.amount = amount;
		this.lastOfShipment = lastOfShipment;
		this.reason = reason;
		this.requestedBy = requestedBy;
		this.createdAt = now;
		if (amount == 0) {
			// A line the coupon paid for entirely: nothing to send back.
			this.status = RefundStatus.DONE;
			this.doneAt = now;
		}
		else if (this.method == PaymentMethod.CARD) {
			this.status = RefundStatus.PENDING;
			this.nextAttemptAt = now;
		}
		else {
			this.status = accountKnown ? RefundStatus.READY : RefundStatus.AWAITING_ACCOUNT;
		}
	}

	/** The key the gateway sees: the payment's and this refund's. */
	String refundKey(Payment payment) {
		return payment.getPaymentKey() + ":R" + this.id;
	}

	/**
	 * Takes this try: the next one is due after a wait that doubles with each try, from
	 * thirty seconds up to an hour, so a gateway that is down is not hammered.
	 */
	void attempting(Instant now) {
		this.attempts++;
		Duration wait = Duration.ofSeconds(30).multipliedBy(1L << Math.min(this.attempts - 1, 10));
		this.nextAttemptAt = now.plus((wait.compareTo(LONGEST_WAIT) > 0) ? LONGEST_WAIT : wait);
	}

	void refunded(String reference, Instant now) {
		this.status = RefundStatus.DONE;
		this.gatewayReference = reference;
		this.lastError = null;
		this.nextAttemptAt = null;
		this.doneAt = now;
	}

	void refused(String code) {
		this.status = RefundStatus.FAILED;
		this.lastError = code;
		this.nextAttemptAt = null;
	}

	void unanswered(String why) {
		this.lastError = why;
	}

	/** Staff try a refused card refund again, now. */
	void retry(Instant now) {
		if (this.status != RefundStatus.FAILED) {
			throw new IllegalStateException("Refund " + this.id + " is " + this.status);
		}
		this.status = RefundStatus.PENDING;
		this.nextAttemptAt = now;
	}

	void accountGiven() {
		if (this.status == RefundStatus.AWAITING_ACCOUNT) {
			this.status = RefundStatus.READY;
		}
	}

	void filed(long fileId) {
		this.status = RefundStatus.IN_FILE;
		this.transferFileId = fileId;
	}

	void transferred(String reference, Instant now) {
		this.status = RefundStatus.DONE;
		this.gatewayReference = reference;
		this.doneAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public long getOrderId() {
		return this.orderId;
	}

	public long getPaymentId() {
		return this.paymentId;
	}

	public Long getShipmentId() {
		return this.shipmentId;
	}

	public PaymentMethod getMethod() {
		return this.method;
	}

	public RefundCause getCause() {
		return this.cause;
	}

	public long getAmount() {
		return this.amount;
	}

	public boolean isLastOfShipment() {
		return this.lastOfShipment;
	}

	/** The reason the shopper is told, or null. */
	public String getReason() {
		return this.reason;
	}

	public RefundStatus getStatus() {
		return this.status;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	public String getLastError() {
		return this.lastError;
	}

	public String getGatewayReference() {
		return this.gatewayReference;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public Long getTransferFileId() {
		return this.transferFileId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getDoneAt() {
		return this.doneAt;
	}

}
