package kr.valuemall.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.shared.Region;
import kr.valuemall.catalog.images.ImageSize;
import kr.valuemall.catalog.images.StoredImage;

/**
 * Live listings for feeds and sitemaps, read row by row: a feed of a hundred thousand
 * listings is streamed from a database cursor to the response, never held in memory. Only
 * listings of approved stores are handed out, as on the storefront.
 * <p>
 * Each streaming method runs in one read-only transaction (PostgreSQL only uses a cursor
 * inside one), which holds a pooled connection while the caller writes.
 */
@Service
@Transactional(readOnly = true)
public class ListingFeed {

	/** Rows fetched per round trip. */
	static final int FETCH_SIZE = 500;

	private static final String LISTING_COLUMNS = """
			p.id, p.seller_id, p.category_slug, p.name, p.description, p.price, p.stock, p.shipping_fee,
			p.manufacturer, p.made_region, p.updated_at, p.review_count, i.id AS image_id, i.content_hash, i.content_type,
			ARRAY(SELECT s.id::text || '|' || s.price_delta || '|' || s.stock || '|' || concat_ws(' / ', s.value1, s.value2)
				FROM product_sku s WHERE s.product_id = p.id AND p.option_name1 IS NOT NULL
				ORDER BY s.position, s.id) AS variants
			""";

	private static final String LISTING_FROM = """
			FROM product p LEFT JOIN product_image i ON i.product_id = p.id AND i.position = 0
			""";

	// A JdbcTemplate of its own, not the shared JdbcClient: its fetch size lets a feed of
	// every live listing stream rows instead of holding them all in memory.
	private final JdbcTemplate jdbc;

	private final SellerApi sellers;

	private final CategoryMenu categories;

	ListingFeed(DataSource dataSource, SellerApi sellers, CategoryMenu categories) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.sellers = sellers;
		this.categories = categories;
	}

	/**
	 * What the live listings look like now, cheaply: a feed whose version is unchanged
	 * need not be sent again. Any listing that comes, goes or changes moves it.
	 */
	public FeedVersion version() {
		return this.jdbc.queryForObject("""
				SELECT (SELECT count(*) FROM product WHERE status = 'LIVE') AS live,
					(SELECT max(updated_at) FROM product WHERE status = 'LIVE') AS last_update,
					(SELECT coalesce(max(id), 0) FROM listing_feed_change) AS last_change
				""", (rs, row) -> new FeedVersion(rs.getLong("live"), instant(rs.getTimestamp("last_update")),
				rs.getLong("last_change")));
	}

	/** Every live listing, in id order, one at a time. */
	public void forEachLive(Consumer<FeedListing> action) {
		Context context = context();
		this.jdbc.query("SELECT " + LISTING_COLUMNS + LISTING_FROM + "WHERE p.status = 'LIVE' ORDER BY p.id",
				(ResultSet rs) -> {
					FeedListing listing = context.listing(rs);
					if (listing != null) {
						action.accept(listing);
					}
				});
	}

	/** These listings, those of them live now, in id order. */
	public void forEachLiveOf(Collection<Long> productIds, Consumer<FeedListing> action) {
		if (productIds.isEmpty()) {
			return;
		}
		Context context = context();
		this.jdbc.query(
				"SELECT " + LISTING_COLUMNS + LISTING_FROM + "WHERE p.status = 'LIVE' AND p.id = ANY (?) ORDER BY p.id",
				(statement) -> statement.setArray(1,
						statement.getConnection().createArrayOf("bigint", productIds.toArray())),
				(ResultSet rs) -> {
					FeedListing listing = context.listing(rs);
					if (listing != null) {
						action.accept(listing);
					}
				});
	}

	/**
	 * Listings that came (I) or changed (U) after {@code since} and are live now, then
	 * those that stopped being live after it (D), each once.
	 */
	public void forEachChangeSince(Instant since, Consumer<FeedChange> action) {
		Context context = context();
		Timestamp from = Timestamp.from(since);
		this.jdbc.query("SELECT " + LISTING_COLUMNS + """
				, EXISTS (SELECT 1 FROM listing_feed_change c
					WHERE c.product_id = p.id AND c.change = 'I' AND c.changed_at > ?) AS came
				""" + LISTING_FROM + "WHERE p.status = 'LIVE' AND p.updated_at > ? ORDER BY p.id", (ResultSet rs) -> {
			FeedListing listing = context.listing(rs);
			if (listing != null) {
				action.accept(new FeedChange(rs.getBoolean("came") ? FeedChange.Kind.I : FeedChange.Kind.U,
						listing.id(), listing.updatedAt(), listing));
			}
		}, from, from);
		this.jdbc.query("""
				SELECT c.product_id, max(c.changed_at) AS changed_at FROM listing_feed_change c
				WHERE c.change = 'D' AND c.changed_at > ?
					AND NOT EXISTS (SELECT 1 FROM product p WHERE p.id = c.product_id AND p.status = 'LIVE')
				GROUP BY c.product_id ORDER BY c.product_id
				""", (ResultSet rs) -> {
			action.accept(new FeedChange(FeedChange.Kind.D, rs.getLong("product_id"),
					instant(rs.getTimestamp("changed_at")), null));
		}, from);
	}

	/**
	 * One page of live listings' ids and last changes, in id order, for a sitemap file.
	 */
	public void forEachLiveLink(int page, int pageSize, Consumer<LiveLink> action) {
		Set<Long> approved = this.sellers.stores(liveSellerIds()).keySet();
		this.jdbc.query("""
				SELECT id, seller_id, updated_at FROM product WHERE status = 'LIVE'
				ORDER BY id OFFSET ? LIMIT ?
				""", (ResultSet rs) -> {
			if (approved.contains(rs.getLong("seller_id"))) {
				action.accept(new LiveLink(rs.getLong("id"), instant(rs.getTimestamp("updated_at"))));
			}
		}, (long) page * pageSize, pageSize);
	}

	/**
	 * Approved stores that have live listings, with the last change of any of them, in
	 * store id order.
	 */
	public List<LiveStore> liveStores() {
		Map<Long, Instant> lastChanges = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT seller_id, max(updated_at) AS last_update FROM product WHERE status = 'LIVE'
				GROUP BY seller_id ORDER BY seller_id
				""", (ResultSet rs) -> {
			lastChanges.put(rs.getLong("seller_id"), instant(rs.getTimestamp("last_update")));
		});
		Map<Long, StoreSummary> stores = this.sellers.stores(lastChanges.keySet());
		return lastChanges.entrySet()
			.stream()
			.filter((entry) -> stores.containsKey(entry.getKey()))
			.map((entry) -> new LiveStore(stores.get(entry.getKey()), entry.getValue()))
			.toList();
	}

	/**
	 * The last change of a live listing in each category that has one; a top-level
	 * category counts its subcategories' listings.
	 */
	public Map<String, Instant> lastChangeByCategory() {
		Map<String, Instant> bySlug = new HashMap<>();
		this.jdbc.query("""
				SELECT category_slug, max(updated_at) AS last_update FROM product WHERE status = 'LIVE'
				GROUP BY category_slug
				""", (ResultSet rs) -> {
			bySlug.put(rs.getString("category_slug"), instant(rs.getTimestamp("last_update")));
		});
		Map<String, Instant> result = new HashMap<>(bySlug);
		for (CategoryView top : this.categories.topLevel()) {
			for (CategoryView child : top.children()) {
				Instant childChange = bySlug.get(child.slug());
				if (childChange != null) {
					result.merge(top.slug(), childChange, (a, b) -> a.isAfter(b) ? a : b);
				}
			}
		}
		return result;
	}

	private Set<Long> liveSellerIds() {
		return Set
			.copyOf(this.jdbc.queryForList("SELECT DISTINCT seller_id FROM product WHERE status = 'LIVE'", Long.class));
	}

	/** The approved stores and category names, read once per feed. */
	private Context context() {
		Map<String, String[]> categoryNames = new HashMap<>();
		for (CategoryView top : this.categories.topLevel()) {
			categoryNames.put(top.slug(), new String[] { top.nameKo(), null });
			for (CategoryView child : top.children()) {
				categoryNames.put(child.slug(), new String[] { top.nameKo(), child.nameKo() });
			}
		}
		return new Context(this.sellers.stores(liveSellerIds()), categoryNames);
	}

	/** The option combinations packed as "sku|delta|stock|label" by the query. */
	private static List<FeedListing.Variant> variants(ResultSet rs, long price) throws SQLException {
		java.sql.Array array = rs.getArray("variants");
		if (array == null) {
			return List.of();
		}
		List<FeedListing.Variant> variants = new java.util.ArrayList<>();
		for (Object packed : (Object[]) array.getArray()) {
			String[] parts = ((String) packed).split("\\|", 4);
			long delta = Long.parseLong(parts[1]);
			variants.add(new FeedListing.Variant(Long.parseLong(parts[0]), parts[3], Math.max(1, price + delta), delta,
					Integer.parseInt(parts[2])));
		}
		return variants;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private record Context(Map<Long, StoreSummary> stores, Map<String, String[]> categoryNames) {

		/** The row as a listing, or {@code null} when its store is not approved. */
		FeedListing listing(ResultSet rs) throws SQLException {
			StoreSummary store = this.stores.get(rs.getLong("seller_id"));
			if (store == null) {
				return null;
			}
			String categorySlug = rs.getString("category_slug");
			String[] names = this.categoryNames.getOrDefault(categorySlug, new String[] { null, null });
			long imageId = rs.getLong("image_id");
			String imagePath = rs.wasNull() ? null : StoredImage.url(imageId, rs.getString("content_hash"),
					ImageSize.FULL, rs.getString("content_type"));
			String region = rs.getString("made_region");
			return new FeedListing(rs.getLong("id"), store.sellerId(), store.slug(), store.storeName(), categorySlug,
					names[0], names[1], rs.getString("name"), rs.getString("description"), rs.getLong("price"),
					rs.getInt("stock"), rs.getLong("shipping_fee"), rs.getString("manufacturer"),
					(region != null) ? Region.valueOf(region) : null, imagePath, instant(rs.getTimestamp("updated_at")),
					rs.getLong("review_count"), variants(rs, rs.getLong("price")));
		}

	}

	/**
	 * How many listings are live, when the last of them changed, and the last come-or-go
	 * recorded.
	 */
	public record FeedVersion(long liveListings, Instant lastUpdate, long lastChange) {

		/** A short token that changes whenever the live listings do. */
		public String token() {
			return this.liveListings + "-" + ((this.lastUpdate != null) ? this.lastUpdate.toEpochMilli() : 0) + "-"
					+ this.lastChange;
		}

	}

	/** A live listing's id and last change, for sitemaps. */
	public record LiveLink(long productId, Instant updatedAt) {

		public String path() {
			return "/products/" + this.productId;
		}

	}

	/** An approved store with live listings, and when the last of them changed. */
	public record LiveStore(StoreSummary store, Instant lastUpdate) {

		public String path() {
			return "/stores/" + this.store.slug();
		}

	}

}
