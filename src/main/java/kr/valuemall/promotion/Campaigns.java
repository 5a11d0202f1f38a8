package kr.valuemall.promotion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.order.PriceOffers;
import kr.valuemall.order.ShelfProduct;

/**
 * Campaigns and the products sellers put in them, and the prices those products sell for
 * while a campaign runs.
 */
@Service
@Transactional
class Campaigns {

	private static final String SELECT = "SELECT id, name, slug, headline, starts_at, ends_at, max_discount_percent, banner_etag FROM campaign ";

	private final JdbcClient jdbc;

	private final Clock clock;

	Campaigns(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return the new campaign's id
	 * @throws org.springframework.dao.DuplicateKeyException when the slug is taken
	 */
	long create(Details details, Banner banner) {
		Instant now = this.clock.instant();
		return this.jdbc
			.sql("""
					INSERT INTO campaign (name, slug, headline, starts_at, ends_at, max_discount_percent, banner, banner_type,
						banner_etag, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(details.name(), details.slug(), details.headline(),
					Timestamp.from(Campaign.startOf(details.firstDay())),
					Timestamp.from(Campaign.startOf(details.lastDay().plusDays(1))), details.maxDiscountPercent(),
					(banner != null) ? banner.bytes() : null, (banner != null) ? banner.contentType() : null,
					(banner != null) ? banner.etag() : null, Timestamp.from(now), Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/** Changes the campaign; its banner only when a new one is given. */
	void update(long id, Details details, Banner banner) {
		int changed = this.jdbc
			.sql("""
					UPDATE campaign SET name = ?, slug = ?, headline = ?, starts_at = ?, ends_at = ?, max_discount_percent = ?,
						updated_at = ? WHERE id = ?""")
			.params(details.name(), details.slug(), details.headline(),
					Timestamp.from(Campaign.startOf(details.firstDay())),
					Timestamp.from(Campaign.startOf(details.lastDay().plusDays(1))), details.maxDiscountPercent(),
					Timestamp.from(this.clock.instant()), id)
			.update();
		if (changed == 0) {
			throw CampaignNotFound.of(Long.toString(id));
		}
		if (banner != null) {
			this.jdbc.sql("UPDATE campaign SET banner = ?, banner_type = ?, banner_etag = ? WHERE id = ?")
				.params(banner.bytes(), banner.contentType(), banner.etag(), id)
				.update();
		}
	}

	@Transactional(readOnly = true)
	List<Campaign> all() {
		return this.jdbc.sql(SELECT + "ORDER BY starts_at DESC, id DESC").query(this::campaign).list();
	}

	@Transactional(readOnly = true)
	Optional<Campaign> find(long id) {
		return this.jdbc.sql(SELECT + "WHERE id = ?").params(id).query(this::campaign).optional();
	}

	@Transactional(readOnly = true)
	Optional<Campaign> findBySlug(String slug) {
		return this.jdbc.sql(SELECT + "WHERE slug = ?").params(slug).query(this::campaign).optional();
	}

	/** Running now, ending soonest first. */
	@Transactional(readOnly = true)
	List<Campaign> running(Instant now) {
		return this.jdbc.sql(SELECT + "WHERE starts_at <= ? AND ends_at > ? ORDER BY ends_at, id")
			.params(Timestamp.from(now), Timestamp.from(now))
			.query(this::campaign)
			.list();
	}

	/** Running or still to come: what sellers may join. */
	@Transactional(readOnly = true)
	List<Campaign> open(Instant now) {
		return this.jdbc.sql(SELECT + "WHERE ends_at > ? ORDER BY starts_at, id")
			.params(Timestamp.from(now))
			.query(this::campaign)
			.list();
	}

	@Transactional(readOnly = true)
	Optional<Banner> banner(String slug) {
		return this.jdbc
			.sql("SELECT banner, banner_type, banner_etag FROM campaign WHERE slug = ? AND banner IS NOT NULL")
			.params(slug)
			.query((row, n) -> new Banner(row.getBytes(1), row.getString(2), row.getString(3)))
			.optional();
	}

	@Transactional(readOnly = true)
	List<CampaignEntry> entries(long campaignId) {
		return this.jdbc.sql(
				"SELECT campaign_id, product_id, seller_id, discount_percent, campaign_price FROM campaign_product WHERE campaign_id = ? ORDER BY joined_at, id")
			.params(campaignId)
			.query(Campaigns::entry)
			.list();
	}

	@Transactional(readOnly = true)
	List<CampaignEntry> entriesOf(long campaignId, long sellerId) {
		return this.jdbc.sql(
				"SELECT campaign_id, product_id, seller_id, discount_percent, campaign_price FROM campaign_product WHERE campaign_id = ? AND seller_id = ? ORDER BY joined_at, id")
			.params(campaignId, sellerId)
			.query(Campaigns::entry)
			.list();
	}

	/**
	 * Puts a seller's product in a campaign.
	 * @return false when it is in it already
	 */
	boolean join(CampaignEntry entry) {
		return this.jdbc
			.sql("""
					INSERT INTO campaign_product (campaign_id, product_id, seller_id, discount_percent, campaign_price, joined_at)
					VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (campaign_id, product_id) DO NOTHING""")
			.params(entry.campaignId(), entry.productId(), entry.sellerId(), entry.discountPercent(),
					entry.campaignPrice(), Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	/** Takes a seller's product out of a campaign; only that seller's. */
	boolean withdraw(long campaignId, long sellerId, long productId) {
		return this.jdbc.sql("DELETE FROM campaign_product WHERE campaign_id = ? AND seller_id = ? AND product_id = ?")
			.params(campaignId, sellerId, productId)
			.update() == 1;
	}

	/**
	 * The campaign prices of these products at this instant: of the campaigns running
	 * then, the lowest price each product is offered at, when below its list price.
	 */
	@Transactional(readOnly = true)
	Map<Long, PriceOffers.Offer> prices(Collection<ShelfProduct> products, Instant at) {
		if (products.isEmpty()) {
			return Map.of();
		}
		Map<Long, ShelfProduct> byId = new HashMap<>();
		products.forEach((product) -> byId.put(product.id(), product));
		Map<Long, PriceOffers.Offer> offers = new HashMap<>();
		this.jdbc.sql("""
				SELECT p.campaign_id, p.product_id, p.seller_id, p.discount_percent, p.campaign_price, c.name,
					c.max_discount_percent, c.slug, c.ends_at
				FROM campaign_product p JOIN campaign c ON c.id = p.campaign_id
				WHERE p.product_id = ANY (?) AND c.starts_at <= ? AND c.ends_at > ?""")
			.params(new SqlArrayValue("bigint", byId.keySet().toArray()), Timestamp.from(at), Timestamp.from(at))
			.query((row) -> {
				CampaignEntry entry = entry(row, 0);
				ShelfProduct product = byId.get(entry.productId());
				if (product == null || product.sellerId() != entry.sellerId()) {
					return;
				}
				long price = entry.priceFor(product.price(), row.getInt(7));
				PriceOffers.Offer best = offers.get(product.id());
				if (price < product.price() && (best == null || price < best.price())) {
					offers.put(product.id(), new PriceOffers.Offer(entry.campaignId(), row.getString(6),
							row.getString(8), row.getTimestamp(9).toInstant(), price));
				}
			});
		return offers;
	}

	private Campaign campaign(ResultSet row, int n) throws SQLException {
		return new Campaign(row.getLong("id"), row.getString("name"), row.getString("slug"), row.getString("headline"),
				row.getTimestamp("starts_at").toInstant(), row.getTimestamp("ends_at").toInstant(),
				row.getInt("max_discount_percent"), row.getString("banner_etag"));
	}

	private static CampaignEntry entry(ResultSet row, int n) throws SQLException {
		return new CampaignEntry(row.getLong(1), row.getLong(2), row.getLong(3), row.getObject(4, Integer.class),
				row.getObject(5, Long.class));
	}

	/** What staff type for a campaign, already checked. */
	record Details(String name, String slug, String headline, LocalDate firstDay, LocalDate lastDay,
			int maxDiscountPercent) {

	}

	/** A banner picture, PNG or JPEG, with the fingerprint browsers revalidate it by. */
	record Banner(byte[] bytes, String contentType, String etag) {

		static Banner of(byte[] bytes, String contentType) {
			try {
				byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
				return new Banner(bytes, contentType, HexFormat.of().formatHex(digest, 0, 16));
			}
			catch (java.security.NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** PNG or JPEG by their first bytes, whatever the browser said; else null. */
		static String sniff(byte[] bytes) {
			if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N'
					&& bytes[3] == 'G') {
				return "image/png";
			}
			if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8
					&& (bytes[2] & 0xFF) == 0xFF) {
				return "image/jpeg";
			}
			return null;
		}

	}

}
