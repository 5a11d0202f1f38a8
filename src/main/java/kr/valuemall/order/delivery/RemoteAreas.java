package kr.valuemall.order.delivery;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which postal codes are Jeju or another island, from the ranges staff keep in
 * {@code remote_area_postal_range}.
 */
@Component
@Transactional(readOnly = true)
public class RemoteAreas {

	private final JdbcClient jdbc;

	RemoteAreas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The area of a five-digit postal code, or empty for the mainland and for anything
	 * that is not a postal code. Should ranges overlap, Jeju wins.
	 */
	public Optional<RemoteArea> areaOf(String postalCode) {
		String code = (postalCode != null) ? postalCode.strip() : "";
		if (!code.matches("\\d{5}")) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				SELECT area FROM remote_area_postal_range WHERE ? BETWEEN first_code AND last_code
				ORDER BY CASE area WHEN 'JEJU' THEN 0 ELSE 1 END LIMIT 1""")
			.param(code)
			.query((row, n) -> RemoteArea.valueOf(row.getString(1)))
			.optional();
	}

}
