package kr.valuemall.promotion;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Campaigns at any instants (the staff form only takes whole Korean days) and products in
 * them, made directly, for tests of what other modules see of campaigns: prices in cart,
 * catalog and feeds, the sitemap, the reports.
 */
public class TestCampaigns {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	TestCampaigns(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A campaign with a slug of its own, letting sellers take up to maxPercent off. */
	public long create(String name, Instant startsAt, Instant endsAt, int maxPercent) {
		return create(name, "c-" + UUID.randomUUID(), startsAt, endsAt, maxPercent, this.clock.instant());
	}

	/**
	 * @param changedAt when it was created and last edited (the sitemap's lastmod)
	 */
	public long create(String name, String slug, Instant startsAt, Instant endsAt, int maxPercent, Instant changedAt) {
		return this.jdbc.queryForObject("""
				INSERT INTO campaign (name, slug, headline, starts_at, ends_at, max_discount_percent, created_at,
					updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, name, slug, name,
				Timestamp.from(startsAt), Timestamp.from(endsAt), maxPercent, Timestamp.from(changedAt),
				Timestamp.from(changedAt));
	}

	public String slug(long campaignId) {
		return this.jdbc.queryForObject("SELECT slug FROM campaign WHERE id = ?", String.class, campaignId);
	}

	public void joinAtPercent(long campaignId, long productId, long sellerId, int percent) {
		joinAtPercent(campaignId, productId, sellerId, percent, this.clock.instant());
	}

	public void joinAtPercent(long campaignId, long productId, long sellerId, int percent, Instant joinedAt) {
		this.jdbc.update("""
				INSERT INTO campaign_product (campaign_id, product_id, seller_id, discount_percent, joined_at)
				VALUES (?, ?, ?, ?, ?)""", campaignId, productId, sellerId, percent, Timestamp.from(joinedAt));
	}

	public void joinAtPrice(long campaignId, long productId, long sellerId, long price) {
		this.jdbc.update("""
				INSERT INTO campaign_product (campaign_id, product_id, seller_id, campaign_price, joined_at)
				VALUES (?, ?, ?, ?, ?)""", campaignId, productId, sellerId, price,
				Timestamp.from(this.clock.instant()));
	}

}
