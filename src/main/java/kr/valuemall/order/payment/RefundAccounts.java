package kr.valuemall.order.payment;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.stereotype.Component;

import kr.valuemall.seller.Bank;

/**
 * Where a bank-transfer order's refunds go: the shopper's own account. Number and holder
 * are encrypted with the key sellers' payout accounts use; the page shows the last four
 * digits only, and the number is read in clear for the bank file alone.
 */
@Component
public class RefundAccounts {

	private final JdbcClient jdbc;

	private final BytesEncryptor encryptor;

	RefundAccounts(JdbcClient jdbc, BytesEncryptor bankAccountEncryptor) {
		this.jdbc = jdbc;
		this.encryptor = bankAccountEncryptor;
	}

	boolean has(long orderId) {
		return this.jdbc.sql("SELECT count(*) FROM refund_account WHERE order_id = ?")
			.param(orderId)
			.query(Long.class)
			.single() > 0;
	}

	/** Keeps (or replaces) the account; the number is kept as digits. */
	void save(long orderId, Bank bank, String accountNumber, String holder, String enteredBy, Instant now) {
		String digits = accountNumber.replaceAll("\\D", "");
		this.jdbc.sql("""
				INSERT INTO refund_account (order_id, bank, account_number_encrypted, account_last4, holder_encrypted,
					entered_by, updated_at)
				VALUES (:order, :bank, :number, :last4, :holder, :by, :at)
				ON CONFLICT (order_id) DO UPDATE SET bank = EXCLUDED.bank,
					account_number_encrypted = EXCLUDED.account_number_encrypted,
					account_last4 = EXCLUDED.account_last4, holder_encrypted = EXCLUDED.holder_encrypted,
					entered_by = EXCLUDED.entered_by, updated_at = EXCLUDED.updated_at""")
			.param("order", orderId)
			.param("bank", bank.name())
			.param("number", encrypt(digits))
			.param("last4", digits.substring(Math.max(0, digits.length() - 4)))
			.param("holder", encrypt(holder.strip()))
			.param("by", enteredBy)
			.param("at", Timestamp.from(now))
			.update();
	}

	/** The account as the shopper and staff see it: bank, masked number, holder. */
	Optional<Shown> shown(long orderId) {
		return this.jdbc.sql("SELECT bank, account_last4, holder_encrypted FROM refund_account WHERE order_id = ?")
			.param(orderId)
			.query((rs, row) -> new Shown(Bank.valueOf(rs.getString(1)), "••••••" + rs.getString(2),
					decrypt(rs.getString(3))))
			.optional();
	}

	/** The account in clear, for the bank file only. */
	Optional<InClear> inClear(long orderId) {
		return this.jdbc
			.sql("SELECT bank, account_number_encrypted, holder_encrypted FROM refund_account WHERE order_id = ?")
			.param(orderId)
			.query((rs, row) -> new InClear(Bank.valueOf(rs.getString(1)), decrypt(rs.getString(2)),
					decrypt(rs.getString(3))))
			.optional();
	}

	private String encrypt(String text) {
		return Base64.getEncoder().encodeToString(this.encryptor.encrypt(text.getBytes(StandardCharsets.UTF_8)));
	}

	private String decrypt(String stored) {
		return new String(this.encryptor.decrypt(Base64.getDecoder().decode(stored)), StandardCharsets.UTF_8);
	}

	/** A refund account shown masked. */
	public record Shown(Bank bank, String maskedNumber, String holder) {

	}

	record InClear(Bank bank, String number, String holder) {

	}

}
