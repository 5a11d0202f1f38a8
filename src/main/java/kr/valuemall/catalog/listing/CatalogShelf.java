package kr.valuemall.catalog.listing;

import java.sql.Array;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * The catalog's side of buying: what a cart shows of a product, and stock taken and given
 * back with conditional updates, so that no concurrency can sell a unit twice. The
 * {@code CHECK (stock >= 0)} on the table is the backstop.
 */
@Component
class CatalogShelf implements ProductShelf {

	private static final String SELECT = "SELECT id, seller_id, name, category_slug, price, stock, shipping_fee, status FROM product ";

	// JdbcTemplate, not JdbcClient: the ids go in as one SQL array made on the connection
	// (createArrayOf), which only a PreparedStatementCreator can do.
	private final JdbcTemplate jdbc;

	private final ProductImages images;

	CatalogShelf(JdbcTemplate jdbc, ProductImages images) {
		this.jdbc = jdbc;
		this.images = images;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, ShelfProduct> find(Collection<Long> productIds) {
		if (productIds.isEmpty()) {
			return Map.of();
		}
		return read(SELECT + "WHERE id = ANY (?) ORDER BY id", productIds);
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
		// One lock order for every basket: ascending ids. Two baskets sharing products
		// then
		// queue behind each other instead of each holding what the other waits for.
		Map<Long, Integer> sorted = new TreeMap<>(quantities);
		Map<Long, ShelfProduct> locked = read(SELECT + "WHERE id = ANY (?) ORDER BY id FOR UPDATE", sorted.keySet());
		sorted.forEach((productId, quantity) -> {
			int taken = this.jdbc.update(
					"UPDATE product SET stock = stock - ? WHERE id = ? AND status = 'LIVE' AND stock >= ?", quantity,
					productId, quantity);
			if (taken != 1) {
				ShelfProduct product = locked.get(productId);
				throw new StockShortage(productId, (product == null || !product.live()) ? 0 : product.stock());
			}
		});
		return locked;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void giveBack(Map<Long, Integer> quantities) {
		new TreeMap<>(quantities).forEach((productId, quantity) -> this.jdbc
			.update("UPDATE product SET stock = stock + ? WHERE id = ?", quantity, productId));
	}

	private Map<Long, ShelfProduct> read(String sql, Collection<Long> productIds) {
		List<Long> ids = List.copyOf(productIds);
		Map<Long, ProductImageRef> pictures = this.images.firstImagesOf(ids);
		Map<Long, ShelfProduct> found = new LinkedHashMap<>();
		this.jdbc.query((connection) -> {
			var statement = connection.prepareStatement(sql);
			Array array = connection.createArrayOf("bigint", ids.toArray());
			statement.setArray(1, array);
			return statement;
		}, (row) -> {
			long id = row.getLong("id");
			ProductImageRef picture = pictures.get(id);
			found.put(id,
					new ShelfProduct(id, row.getLong("seller_id"), row.getString("name"),
							row.getString("category_slug"), row.getLong("price"), row.getInt("stock"),
							row.getLong("shipping_fee"), (picture != null) ? picture.thumbnail().url() : null,
							ProductStatus.LIVE.name().equals(row.getString("status"))));
		});
		return found;
	}

}
