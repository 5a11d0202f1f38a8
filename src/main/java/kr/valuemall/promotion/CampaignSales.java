package kr.valuemall.promotion;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaign prices for a whole catalogue at once, for the price-comparison feeds: every
 * product in a campaign running now, loaded once, then priced as each listing streams
 * past. The prices are the ones the cart charges ({@link CampaignEntry#priceFor}, the
 * lowest when a product is in two campaigns).
 */
@Service
@Transactional(readOnly = true)
public class CampaignSales {

	private final JdbcClient jdbc;

	private final Clock clock;

	CampaignSales(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The products in campaigns running now. */
	public SalePrices running() {
		Instant now = this.clock.instant();
		Map<Long, List<Entry>> entries = new HashMap<>();
		StringBuilder fingerprint = new StringBuilder();
		this.jdbc.sql("""
				SELECT p.campaign_id, p.product_id, p.seller_id, p.discount_percent, p.campaign_price,
					c.max_discount_percent, c.starts_at, c.ends_at
				FROM campaign_product p JOIN campaign c ON c.id = p.campaign_id
				WHERE c.starts_at <= ? AND c.ends_at > ? ORDER BY p.id""")
			.params(Timestamp.from(now), Timestamp.from(now))
			.query((row) -> {
				CampaignEntry entry = new CampaignEntry(row.getLong(1), row.getLong(2), row.getLong(3),
						row.getObject(4, Integer.class), row.getObject(5, Long.class));
				Entry priced = new Entry(entry, row.getInt(6), row.getTimestamp(7).toInstant(),
						row.getTimestamp(8).toInstant());
				entries.computeIfAbsent(entry.productId(), (id) -> new ArrayList<>()).add(priced);
				fingerprint.append(priced).append(';');
			});
		return new SalePrices(entries, Integer.toHexString(fingerprint.toString().hashCode()));
	}

	/**
	 * Products whose campaign price came or went after {@code since}: a campaign of
	 * theirs started or ended, or they joined one that runs now; with the latest such
	 * moment. A changes-only feed lists them as changed although the listing itself was
	 * not edited.
	 */
	public Map<Long, Instant> priceChangesSince(Instant since) {
		Timestamp from = Timestamp.from(since);
		Timestamp now = Timestamp.from(this.clock.instant());
		Map<Long, Instant> changes = new HashMap<>();
		this.jdbc.sql("""
				SELECT p.product_id, max(greatest(
					CASE WHEN c.starts_at > ? AND c.starts_at <= ? THEN c.starts_at END,
					CASE WHEN c.ends_at > ? AND c.ends_at <= ? THEN c.ends_at END,
					CASE WHEN p.joined_at > ? AND c.starts_at <= ? AND c.ends_at > ? THEN p.joined_at END)) AS changed
				FROM campaign_product p JOIN campaign c ON c.id = p.campaign_id
				WHERE c.ends_at > ? AND c.starts_at <= ?
				GROUP BY p.product_id""").params(from, now, from, now, from, now, now, from, now).query((row) -> {
			if (row.getTimestamp(2) != null) {
				changes.put(row.getLong(1), row.getTimestamp(2).toInstant());
			}
		});
		return changes;
	}

	private record Entry(CampaignEntry entry, int maxDiscountPercent, Instant startsAt, Instant endsAt) {

	}

	/** A campaign price in force now and the campaign's period. */
	public record Sale(long price, Instant startsAt, Instant endsAt) {

	}

	/** The running campaigns' products, priced on demand. */
	public static final class SalePrices {

		private final Map<Long, List<Entry>> entries;

		private final String fingerprint;

		private SalePrices(Map<Long, List<Entry>> entries, String fingerprint) {
			this.entries = entries;
			this.fingerprint = fingerprint;
		}

		/**
		 * The product's campaign price now, when a running campaign takes something off
		 * its list price.
		 */
		public Optional<Sale> of(long productId, long sellerId, long listPrice) {
			Sale best = null;
			for (Entry entry : this.entries.getOrDefault(productId, List.of())) {
				if (entry.entry().sellerId() != sellerId) {
					continue;
				}
				long price = entry.entry().priceFor(listPrice, entry.maxDiscountPercent());
				if (price < listPrice && (best == null || price < best.price())) {
					best = new Sale(price, entry.startsAt(), entry.endsAt());
				}
			}
			return Optional.ofNullable(best);
		}

		/**
		 * Changes when a campaign starts or ends or a product joins or leaves one: part
		 * of a feed's ETag.
		 */
		public String fingerprint() {
			return this.fingerprint;
		}

	}

}
