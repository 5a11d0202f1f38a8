package kr.valuemall.order.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.valuemall.shared.ShortLived;

/**
 * Which postal codes are Jeju or another island, from the ranges staff keep in
 * {@code remote_area_postal_range}. The table is a few dozen ranges that change with a
 * migration: they are read once a minute, not on each of the three or four times a
 * checkout asks.
 */
@Component
public class RemoteAreas {

	/** How long the ranges read are used: a change in the table shows within it. */
	static final Duration KEPT = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final ShortLived<Boolean, List<Range>> ranges = new ShortLived<>(KEPT, 1);

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
		Optional<RemoteArea> found = Optional.empty();
		for (Range range : this.ranges.get(Boolean.TRUE, (all) -> read())) {
			if (range.holds(code)) {
				if (range.area() == RemoteArea.JEJU) {
					return Optional.of(RemoteArea.JEJU);
				}
				found = Optional.of(range.area());
			}
		}
		return found;
	}

	private List<Range> read() {
		return this.jdbc.sql("SELECT first_code, last_code, area FROM remote_area_postal_range")
			.query((row, n) -> new Range(row.getString(1), row.getString(2), RemoteArea.valueOf(row.getString(3))))
			.list();
	}

	/**
	 * Postal codes from first to last, both included, compared as text as PostgreSQL did.
	 */
	private record Range(String first, String last, RemoteArea area) {

		boolean holds(String code) {
			return code.compareTo(this.first) >= 0 && code.compareTo(this.last) <= 0;
		}

	}

}
