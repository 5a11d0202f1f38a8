package kr.valuemall.order.payment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.order.fulfilment.Order;
import kr.valuemall.order.fulfilment.OrderNotFound;
import kr.valuemall.order.fulfilment.OrderRepository;
import kr.valuemall.seller.Bank;
import kr.valuemall.shared.SpreadsheetFiles;

/**
 * Gets recorded refunds paid. Card refunds go to the gateway after the transaction that
 * recorded them commits, each try in its own short transactions with the gateway asked
 * outside any; a refund without an answer is tried again by a job, waiting longer each
 * time. Bank-transfer refunds are paid by staff: the shopper (or staff, on the phone)
 * gives the refund account, staff download a bank file of the refunds ready, and marking
 * that file done marks exactly its refunds.
 */
@Service
public class RefundDesk {

	private static final Logger logger = LoggerFactory.getLogger(RefundDesk.class);

	private static final int BATCH = 100;

	private final RefundRepository refunds;

	private final PaymentRepository payments;

	private final OrderRepository orders;

	private final RefundAccounts accounts;

	private final List<PaymentGateway> gateways;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final TransactionTemplate transaction;

	private final Clock clock;

	RefundDesk(RefundRepository refunds, PaymentRepository payments, OrderRepository orders, RefundAccounts accounts,
			List<PaymentGateway> gateways, JdbcClient jdbc, MessageSource messages,
			PlatformTransactionManager transactions, Clock clock) {
		this.refunds = refunds;
		this.payments = payments;
		this.orders = orders;
		this.accounts = accounts;
		this.gateways = gateways;
		this.jdbc = jdbc;
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Asks the gateway for a card refund once the caller's transaction commits; without
	 * one (or if this try fails) the job asks.
	 */
	void tryAfterCommit(Refund refund) {
		if (refund.getStatus() != RefundStatus.PENDING
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		long id = refund.getId();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				try {
					attempt(id);
				}
				catch (RuntimeException ex) {
					logger.warn("Refund {} not sent after commit; the retry job will send it", id, ex);
				}
			}
		});
	}

	/**
	 * One try of a card refund that is due: claimed under a lock (so two instances do not
	 * both count it), the gateway asked with no transaction open, the answer recorded.
	 * @return the refund's state afterwards
	 */
	public RefundStatus attempt(long refundId) {
		Claim claim = this.transaction.execute((status) -> {
			Refund refund = this.refunds.findForUpdate(refundId).orElseThrow();
			if (refund.getStatus() != RefundStatus.PENDING) {
				return null;
			}
			Payment payment = this.payments.findById(refund.getPaymentId()).orElseThrow();
			refund.attempting(this.clock.instant());
			this.refunds.save(refund);
			return new Claim(payment.getMethod(), payment.getPaymentKey(), refund.refundKey(payment),
					refund.getAmount());
		});
		if (claim == null) {
			return this.refunds.findById(refundId).map(Refund::getStatus).orElseThrow();
		}
		PaymentGateway.RefundAnswer answer;
		try {
			answer = gateway(claim.method()).refund(claim.paymentKey(), claim.refundKey(), claim.amount());
		}
		catch (RuntimeException ex) {
			answer = new PaymentGateway.RefundUnanswered(ex.getClass().getSimpleName());
		}
		PaymentGateway.RefundAnswer answered = answer;
		return this.transaction.execute((status) -> {
			Refund refund = this.refunds.findForUpdate(refundId).orElseThrow();
			if (refund.getStatus() != RefundStatus.PENDING) {
				return refund.getStatus();
			}
			Instant now = this.clock.instant();
			if (answered instanceof PaymentGateway.Refunded refunded) {
				refund.refunded(refunded.reference(), now);
			}
			else if (answered instanceof PaymentGateway.RefundRefused refused) {
				refund.refused(refused.code());
				logger.warn("Gateway refused refund {}: {}", refundId, refused.code());
			}
			else if (answered instanceof PaymentGateway.RefundUnanswered unanswered) {
				refund.unanswered(unanswered.why());
				logger.info("Refund {} got no answer ({}); next try at {}", refundId, unanswered.why(),
						refund.getNextAttemptAt());
			}
			return this.refunds.save(refund).getStatus();
		});
	}

	/** Card refunds whose next try is due, tried now. */
	public int retryDue() {
		int tried = 0;
		List<Long> due;
		do {
			due = this.refunds.findDue(this.clock.instant(), PageRequest.of(0, BATCH));
			for (long id : due) {
				attempt(id);
				tried++;
			}
		}
		while (due.size() == BATCH && tried < 10 * BATCH);
		return tried;
	}

	/** Staff try a refused card refund again. */
	public RefundStatus retry(long refundId) {
		this.transaction.executeWithoutResult((status) -> {
			Refund refund = this.refunds.findForUpdate(refundId).orElseThrow(() -> RefundNotFound.of(refundId));
			refund.retry(this.clock.instant());
			this.refunds.save(refund);
		});
		return attempt(refundId);
	}

	/** An order's refunds, oldest first. */
	public List<Refund> of(long orderId) {
		return this.refunds.findByOrderIdOrderById(orderId);
	}

	/** The refund account given for an order, masked. */
	public Optional<RefundAccounts.Shown> account(long orderId) {
		return this.accounts.shown(orderId);
	}

	/**
	 * The shopper (or staff for them) gives the account a bank-transfer order's refunds
	 * go to; refunds waiting for it become ready for the next bank file.
	 */
	public void giveAccount(long orderId, Bank bank, String accountNumber, String holder, String enteredBy) {
		this.transaction.executeWithoutResult((status) -> {
			this.accounts.save(orderId, bank, accountNumber, holder, enteredBy, this.clock.instant());
			for (Refund refund : this.refunds.findByOrderIdAndStatus(orderId, RefundStatus.AWAITING_ACCOUNT)) {
				refund.accountGiven();
				this.refunds.save(refund);
			}
		});
	}

	/**
	 * A deposit that came after its order expired: the money goes back the way
	 * bank-transfer refunds go.
	 */
	public Refund lateDeposit(String orderNumber, long amount, String staff) {
		return this.transaction.execute((status) -> {
			Order order = this.orders.findByOrderNumberForUpdate(orderNumber)
				.orElseThrow(() -> OrderNotFound.of(orderNumber));
			Payment payment = this.payments.findByOrderId(order.getId()).orElseThrow();
			if (payment.getMethod() != PaymentMethod.BANK_TRANSFER || payment.getStatus() != PaymentStatus.EXPIRED) {
				throw new LateDepositRefused(orderNumber);
			}
			return this.refunds.save(new Refund(payment, null, RefundCause.LATE_DEPOSIT, amount, false, null, staff,
					this.accounts.has(order.getId()), this.clock.instant()));
		});
	}

	/** What staff work through: every refund not done, oldest first, with its order. */
	public List<StaffRefund> open() {
		return this.jdbc.sql("""
				SELECT r.id, o.order_number, o.recipient, o.phone, r.method, r.cause, r.amount, r.status, r.attempts,
					r.last_error, r.next_attempt_at, r.created_at, r.transfer_file_id, r.reason,
					a.bank, a.account_last4
				FROM refund r JOIN customer_order o ON o.id = r.order_id
				LEFT JOIN refund_account a ON a.order_id = r.order_id
				WHERE r.status <> 'DONE' ORDER BY r.created_at, r.id""")
			.query((rs, row) -> new StaffRefund(rs.getLong("id"), rs.getString("order_number"),
					rs.getString("recipient"), rs.getString("phone"), PaymentMethod.valueOf(rs.getString("method")),
					RefundCause.valueOf(rs.getString("cause")), rs.getLong("amount"),
					RefundStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
					instant(rs.getTimestamp("next_attempt_at")), instant(rs.getTimestamp("created_at")),
					(Long) rs.getObject("transfer_file_id"), rs.getString("reason"),
					(rs.getString("bank") != null) ? Bank.valueOf(rs.getString("bank")) : null,
					(rs.getString("account_last4") != null) ? "••••••" + rs.getString("account_last4") : null))
			.list();
	}

	/**
	 * Puts every ready bank-transfer refund into a new bank file.
	 * @return the file's number, or empty when no refund is ready
	 */
	public Optional<Long> prepareFile(String staff) {
		return Optional.ofNullable(this.transaction.execute((status) -> {
			List<Refund> ready = this.refunds.findByStatusInOrderByCreatedAt(EnumSet.of(RefundStatus.READY));
			if (ready.isEmpty()) {
				return null;
			}
			long fileId = this.jdbc
				.sql("INSERT INTO refund_transfer_file (created_at, created_by) VALUES (?, ?) RETURNING id")
				.params(Timestamp.from(this.clock.instant()), staff)
				.query(Long.class)
				.single();
			for (Refund refund : ready) {
				refund.filed(fileId);
				this.refunds.save(refund);
			}
			return fileId;
		}));
	}

	/** The bank files not marked done yet, newest first. */
	public List<TransferFile> openFiles() {
		return this.jdbc.sql("""
				SELECT f.id, f.created_at, f.created_by, count(r.id) AS refunds, coalesce(sum(r.amount), 0) AS total
				FROM refund_transfer_file f JOIN refund r ON r.transfer_file_id = f.id
				WHERE f.done_at IS NULL GROUP BY f.id ORDER BY f.id DESC""")
			.query((rs, row) -> new TransferFile(rs.getLong("id"), instant(rs.getTimestamp("created_at")),
					rs.getString("created_by"), rs.getInt("refunds"), rs.getLong("total")))
			.list();
	}

	/**
	 * A bank file as CSV: bank, account, holder, amount, memo (the order number). The
	 * numbers are read in clear here only.
	 */
	public byte[] fileCsv(long fileId, Locale locale) {
		List<Refund> filed = this.refunds.findByTransferFileIdOrderById(fileId);
		if (filed.isEmpty()) {
			throw RefundNotFound.file(fileId);
		}
		List<List<Object>> table = new ArrayList<>();
		table.add(List.of(text("refunds.bank.column.bank", locale), text("refunds.bank.column.account", locale),
				text("refunds.bank.column.holder", locale), text("refunds.bank.column.amount", locale),
				text("refunds.bank.column.memo", locale)));
		for (Refund refund : filed) {
			RefundAccounts.InClear account = this.accounts.inClear(refund.getOrderId()).orElseThrow();
			String orderNumber = this.orders.findById(refund.getOrderId()).orElseThrow().getOrderNumber();
			table.add(List.of(text("bank." + account.bank().name(), locale), account.number(), account.holder(),
					refund.getAmount(), text("refunds.bank.memo", locale, orderNumber)));
		}
		return SpreadsheetFiles.csv(table);
	}

	/**
	 * Marks done exactly the refunds in this bank file, once.
	 * @return how many refunds it marked
	 */
	public int markFileDone(long fileId, String staff) {
		Integer marked = this.transaction.execute((status) -> {
			int open = this.jdbc
				.sql("UPDATE refund_transfer_file SET done_at = ?, done_by = ? WHERE id = ? AND done_at IS NULL")
				.params(Timestamp.from(this.clock.instant()), staff, fileId)
				.update();
			if (open == 0) {
				return 0;
			}
			int count = 0;
			for (Refund refund : this.refunds.findByTransferFileIdOrderById(fileId)) {
				if (refund.getStatus() == RefundStatus.IN_FILE) {
					refund.transferred("BANK-FILE-" + fileId, this.clock.instant());
					this.refunds.save(refund);
					count++;
				}
			}
			return count;
		});
		return (marked != null) ? marked : 0;
	}

	private PaymentGateway gateway(PaymentMethod method) {
		return this.gateways.stream()
			.filter((gateway) -> gateway.method() == method)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No gateway for " + method));
	}

	private String text(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private record Claim(PaymentMethod method, java.util.UUID paymentKey, String refundKey, long amount) {

	}

	/** A refund on the staff's list. */
	public record StaffRefund(long id, String orderNumber, String recipient, String phone, PaymentMethod method,
			RefundCause cause, long amount, RefundStatus status, int attempts, String lastError, Instant nextAttemptAt,
			Instant createdAt, Long transferFileId, String reason, Bank bank, String maskedAccount) {

	}

	/** A bank file of refunds not marked done yet. */
	public record TransferFile(long id, Instant createdAt, String createdBy, int refunds, long total) {

	}

}
