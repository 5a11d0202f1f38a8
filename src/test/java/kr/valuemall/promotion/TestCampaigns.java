package kr.valuemall.promotion;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Campaigns at any instants (the staff form only takes whole Korean days) and products in
 * them, made directly, for tests of what other modules see of campaigns: prices in cart,
 * catalog and feeds, the sitemap, the reports.
 */
public class TestCampaigns {

	private final JdbcClient jdbc;

	private final Clock clock;

	TestCampaigns(JdbcClient jdbc, Clock clock) {
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
		return this.jdbc.sql("""
				INSERT INTO campaign (name, slug, headline, starts_at, ends_at, max_discount_percent, created_at,
					updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(name, slug, name, Timestamp.from(startsAt), Timestamp.from(endsAt), maxPercent,
					Timestamp.from(changedAt), Timestamp.from(changedAt))
			.query(Long.class)
			.single();
	}

	public String slug(long campaignId) {
		return this.jdbc.sql("SELECT slug FROM campaign WHERE id = ?").params(campaignId).query(String.class).single();
	}

	public void joinAtPercent(long campaignId, long productId, long sellerId, int percent) {
		joinAtPercent(campaignId, productId, sellerId, percent, this.clock.instant());
	}

	public void joinAtPercent(long campaignId, long productId, long sellerId, int percent, Instant joinedAt) {
		this.jdbc.sql("""
				INSERT INTO campaign_product (campaign_id, product_id, seller_id, discount_percent, joined_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(campaignId, productId, sellerId, percent, Timestamp.from(joinedAt))
			.update();
	}

	public void joinAtPrice(long campaignId, long productId, long sellerId, long price) {
		this.jdbc.sql("""
				INSERT INTO campaign_product (campaign_id, product_id, seller_id, campaign_price, joined_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(campaignId, productId, sellerId, price, Timestamp.from(this.clock.instant()))
			.update();
	}

}
