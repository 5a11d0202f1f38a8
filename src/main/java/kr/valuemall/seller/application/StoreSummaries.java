package kr.valuemall.seller.application;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.valuemall.seller.BusinessRegistrationNumber;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.shared.AfterCommit;
import kr.valuemall.shared.Region;
import kr.valuemall.shared.ShortLived;

/**
 * Approved stores' summaries by id, kept a few seconds
 * ({@code valuemall.seller.store-summary-max-age}, 5 seconds; zero reads every time).
 * Every order asks for its stores five times (the checkout page's and the order's
 * pricing, the shopper's and the seller's notifications, the sales roll-up), and a busy
 * store's summary is the same each time: what it holds (name, contact details, business
 * details, region) changes only when its seller edits the store, which drops the copy
 * here once the edit commits ({@link #edited}). Another instance shows the edit within
 * the max age. A store not approved is never kept, so an approval shows at once.
 */
@Component
public class StoreSummaries {

	private static final int KEPT = 10_000;

	private final JdbcClient jdbc;

	private final ShortLived<Long, StoreSummary> kept;

	StoreSummaries(JdbcClient jdbc, @Value("${valuemall.seller.store-summary-max-age:5s}") Duration maxAge) {
		this.jdbc = jdbc;
		this.kept = new ShortLived<>(maxAge, KEPT);
	}

	/** The approved stores among these, by id. */
	public Map<Long, StoreSummary> of(Collection<Long> sellerIds) {
		if (sellerIds.isEmpty()) {
			return Map.of();
		}
		return this.kept.getAll(sellerIds, this::read);
	}

	/**
	 * The store's details changed: its copy is dropped once the current transaction
	 * commits (at once without one), so no read in between keeps the old details.
	 */
	public void edited(long sellerId) {
		AfterCommit.run(() -> this.kept.invalidate(sellerId));
	}

	/** One statement with only the columns a summary shows. */
	private Map<Long, StoreSummary> read(Set<? extends Long> sellerIds) {
		return this.jdbc.sql("""
				SELECT id, account_id, store_slug, store_name, introduction, region, business_name, representative,
					business_registration_number, mail_order_report_number, business_address, phone, contact_email,
					approved_at
				FROM seller_application WHERE status = 'APPROVED' AND id IN (:ids)""")
			.param("ids", sellerIds)
			.query((rs, row) -> new StoreSummary(rs.getLong("id"), rs.getLong("account_id"), rs.getString("store_slug"),
					rs.getString("store_name"), rs.getString("introduction"),
					(rs.getString("region") != null) ? Region.valueOf(rs.getString("region")) : null,
					rs.getString("business_name"), rs.getString("representative"),
					new BusinessRegistrationNumber(rs.getString("business_registration_number")).formatted(),
					rs.getString("mail_order_report_number"), rs.getString("business_address"), rs.getString("phone"),
					rs.getString("contact_email"), instant(rs.getTimestamp("approved_at"))))
			.list()
			.stream()
			.collect(Collectors.toMap(StoreSummary::sellerId, Function.identity()));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
