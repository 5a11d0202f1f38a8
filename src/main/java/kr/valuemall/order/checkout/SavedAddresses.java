package kr.valuemall.order.checkout;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Addresses a shopper has shipped to, newest first: checkout offers them instead of
 * asking again.
 */
@Component
public class SavedAddresses {

	static final int KEPT = 5;

	private final JdbcClient jdbc;

	SavedAddresses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SavedAddress> of(long accountId) {
		return this.jdbc.sql(
				"SELECT id, recipient, phone, postal_code, address1, address2 FROM shipping_address WHERE account_id = ? ORDER BY last_used_at DESC LIMIT ?")
			.params(accountId, KEPT)
			.query((row, n) -> new SavedAddress(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
					row.getString(5), row.getString(6)))
			.list();
	}

	Optional<SavedAddress> find(long accountId, long addressId) {
		return of(accountId).stream().filter((address) -> address.id() == addressId).findFirst();
	}

	public void remember(long accountId, DeliveryAddress address, Instant now) {
		this.jdbc
			.sql("""
					INSERT INTO shipping_address (account_id, recipient, phone, postal_code, address1, address2, last_used_at)
					VALUES (?, ?, ?, ?, ?, ?, ?)
					ON CONFLICT (account_id, recipient, phone, postal_code, address1, address2)
					DO UPDATE SET last_used_at = EXCLUDED.last_used_at""")
			.params(accountId, address.recipient(), address.phone(), address.postalCode(), address.address1(),
					address.address2(), Timestamp.from(now))
			.update();
		this.jdbc.sql("""
				DELETE FROM shipping_address WHERE account_id = ? AND id NOT IN
				(SELECT id FROM shipping_address WHERE account_id = ? ORDER BY last_used_at DESC LIMIT ?)""")
			.params(accountId, accountId, KEPT)
			.update();
	}

	/** A saved address, public so pages can show it. */
	public record SavedAddress(long id, String recipient, String phone, String postalCode, String address1,
			String address2) {

	}

}
