package kr.valuemall.catalog.listing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.order.ProductShelf;
import kr.valuemall.order.ShelfProduct;
import kr.valuemall.order.StockShortage;
import kr.valuemall.catalog.images.ProductImageRef;
import kr.valuemall.catalog.images.ProductImages;

/**
 * The catalog's side of buying: what a cart shows of a product and its option, and stock
 * taken and given back per SKU with conditional updates, so that no concurrency can sell
 * a unit twice. The {@code CHECK (stock >= 0)} on {@code product_sku} is the backstop;
 * the table's trigger moves the listing's total with it.
 */
@Component
class CatalogShelf implements ProductShelf {

	private static final String LISTING = """
			SELECT p.id, p.seller_id, p.name, p.category_slug, p.price, p.stock, p.shipping_fee, p.status,
			(SELECT min(s.id) FROM product_sku s WHERE s.product_id = p.id) AS sku_id,
			NULL AS value1, NULL AS value2, 0 AS price_delta
			FROM product p WHERE p.id = ANY (?) ORDER BY p.id""";

	private static final String SKU = """
			SELECT p.id, p.seller_id, p.name, p.category_slug, p.price + s.price_delta AS price, s.stock,
			p.shipping_fee, p.status, s.id AS sku_id, s.value1, s.value2, s.price_delta
			FROM product_sku s JOIN product p ON p.id = s.product_id WHERE s.id = ANY (?) ORDER BY s.id""";

	/** The same rows by listing: a listing's SKUs. */
	private static final String SKUS_OF_LISTINGS = SKU.replace("s.id = ANY (?)", "s.product_id = ANY (?)");

	/** The same rows, locked in SKU id order for taking stock. */
	private static final String SKU_LOCKED = SKU.replace("ORDER BY s.id", "ORDER BY s.id FOR UPDATE OF s");

	// JdbcTemplate, not JdbcClient: the ids go in as one SQL array made on the connection
	// (createArrayOf), which only a PreparedStatementCreator can do.
	private final JdbcTemplate jdbc;

	private final ProductImages images;

	private final ListingChanges pageCache;

	CatalogShelf(JdbcTemplate jdbc, ProductImages images, ListingChanges pageCache) {
		this.jdbc = jdbc;
		this.images = images;
		this.pageCache = pageCache;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, ShelfProduct> find(Collection<Long> productIds) {
		if (productIds.isEmpty()) {
			return Map.of();
		}
		return read(LISTING, productIds, false);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, ShelfProduct> findSkus(Collection<Long> skuIds) {
		if (skuIds.isEmpty()) {
			return Map.of();
		}
		return read(SKU, skuIds, true);
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<Long, ShelfProduct> skusOf(long productId) {
		return read(SKUS_OF_LISTINGS, List.of(productId), true);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, ShelfProduct> findSkusWithPictures(Collection<Long> skuIds) {
		return withPictures(findSkus(skuIds));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ShelfProduct> liveOf(long sellerId, int limit) {
		List<Long> ids = this.jdbc.queryForList(
				"SELECT id FROM product WHERE seller_id = ? AND status = 'LIVE' ORDER BY id LIMIT ?", Long.class,
				sellerId, limit);
		return ids.isEmpty() ? List.of() : List.copyOf(find(ids).values());
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<Long, ShelfProduct> take(Map<Long, Integer> quantities) {
		if (quantities.isEmpty()) {
			return Map.of();
		}
		// One lock order for every basket and every restock: the listings in ascending id
		// order, then their SKUs in ascending id order. Two baskets sharing products then
		// queue behind each other instead of each holding what the other waits for.
		Map<Long, Integer> sorted = new TreeMap<>(quantities);
		lockListingsOf(sorted.keySet());
		Map<Long, ShelfProduct> locked = read(SKU_LOCKED, sorted.keySet(), true);
		sorted.forEach((skuId, quantity) -> {
			int taken = this.jdbc.update("""
					UPDATE product_sku s SET stock = s.stock - ? FROM product p
					WHERE s.id = ? AND p.id = s.product_id AND p.status = 'LIVE' AND s.stock >= ?""", quantity, skuId,
					quantity);
			if (taken != 1) {
				ShelfProduct sku = locked.get(skuId);
				throw (sku == null) ? new StockShortage(0, 0)
						: new StockShortage(sku.id(), sku.live() ? sku.stock() : 0, sku.optionLabel());
			}
		});
		// Product pages show each option's stock: theirs are read again after the commit.
		locked.values().forEach((sku) -> this.pageCache.listingChanged(sku.id()));
		return locked;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void giveBack(Map<Long, Integer> quantities) {
		if (quantities.isEmpty()) {
			return;
		}
		Map<Long, Integer> sorted = new TreeMap<>(quantities);
		lockListingsOf(sorted.keySet());
		// A SKU the seller has since removed takes nothing back: its option is gone.
		sorted.forEach((skuId, quantity) -> this.jdbc.update("UPDATE product_sku SET stock = stock + ? WHERE id = ?",
				quantity, skuId));
		this.pageCache.catalogChanged();
	}

	/** Locks the listings of these SKUs, in ascending id order. */
	private void lockListingsOf(Collection<Long> skuIds) {
		List<Long> ids = List.copyOf(skuIds);
		this.jdbc.query((connection) -> {
			var statement = connection.prepareStatement("""
					SELECT id FROM product WHERE id IN (SELECT product_id FROM product_sku WHERE id = ANY (?))
					ORDER BY id FOR UPDATE""");
			statement.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
			return statement;
		}, (row) -> {
		});
	}

	/** The rows, keyed by SKU id when read by SKU, by listing id otherwise. */
	private Map<Long, ShelfProduct> read(String sql, Collection<Long> ids, boolean bySku) {
		List<Long> asked = List.copyOf(ids);
		Map<Long, ShelfProduct> found = new LinkedHashMap<>();
		this.jdbc.query((connection) -> {
			var statement = connection.prepareStatement(sql);
			Array array = connection.createArrayOf("bigint", asked.toArray());
			statement.setArray(1, array);
			return statement;
		}, (row) -> {
			ShelfProduct product = product(row);
			found.put(bySku ? product.skuId() : product.id(), product);
		});
		return found;
	}

	/**
	 * The same rows with their listings' main pictures: only a page that shows them asks.
	 */
	private Map<Long, ShelfProduct> withPictures(Map<Long, ShelfProduct> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		TreeSet<Long> productIds = new TreeSet<>();
		rows.values().forEach((row) -> productIds.add(row.id()));
		Map<Long, ProductImageRef> pictures = this.images.firstImagesOf(List.copyOf(productIds));
		Map<Long, ShelfProduct> pictured = new LinkedHashMap<>();
		rows.forEach((key, row) -> {
			ProductImageRef picture = pictures.get(row.id());
			pictured.put(key,
					new ShelfProduct(row.id(), row.sellerId(), row.name(), row.categorySlug(), row.price(), row.stock(),
							row.shippingFee(), (picture != null) ? picture.thumbnail().url() : null, row.live(),
							row.skuId(), row.optionLabel(), row.priceDelta()));
		});
		return pictured;
	}

	/** A row without its picture ({@link #withPictures} adds them). */
	private static ShelfProduct product(ResultSet row) throws SQLException {
		return new ShelfProduct(row.getLong("id"), row.getLong("seller_id"), row.getString("name"),
				row.getString("category_slug"), row.getLong("price"), row.getInt("stock"), row.getLong("shipping_fee"),
				null, ProductStatus.LIVE.name().equals(row.getString("status")), row.getLong("sku_id"),
				ProductOptions.Sku.label(row.getString("value1"), row.getString("value2")), row.getLong("price_delta"));
	}

}
