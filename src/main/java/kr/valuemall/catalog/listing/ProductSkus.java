package kr.valuemall.catalog.listing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A listing's SKUs as stored: the option names on the product row, one row per
 * combination in {@code product_sku}. Stock is only ever written here (the seller's form
 * and bulk sheet) and in {@link CatalogShelf} (checkout and restock); the table's
 * triggers keep {@code product.stock} as the total.
 */
@Component
public class ProductSkus {

	private final JdbcClient jdbc;

	ProductSkus(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A listing's options and SKUs, in the seller's order. */
	@Transactional(readOnly = true)
	public ProductOptions optionsOf(long productId) {
		List<Stored> skus = storedOf(List.of(productId)).getOrDefault(productId, List.of());
		Names names = namesOf(productId);
		return new ProductOptions(names.name1(), names.name2(), skus.stream().map(Stored::sku).toList());
	}

	/** The SKUs of these listings with their ids, by listing, in the seller's order. */
	@Transactional(readOnly = true)
	public Map<Long, List<Stored>> storedOf(Collection<Long> productIds) {
		Map<Long, List<Stored>> found = new LinkedHashMap<>();
		if (productIds.isEmpty()) {
			return found;
		}
		this.jdbc.sql("""
				SELECT id, product_id, value1, value2, price_delta, stock FROM product_sku
				WHERE product_id = ANY (?) ORDER BY product_id, position, id""")
			.param(bigints(productIds))
			.query((row) -> {
				found.computeIfAbsent(row.getLong("product_id"), (id) -> new ArrayList<>())
					.add(new Stored(row.getLong("id"), row.getLong("product_id"),
							new ProductOptions.Sku(row.getString("value1"), row.getString("value2"),
									row.getLong("price_delta"), row.getInt("stock"))));
			});
		return found;
	}

	/**
	 * The combinations a shopper chooses among, priced from the listing's price now (a
	 * campaign's or the list price). The options' names come with the listing's row.
	 */
	@Transactional(readOnly = true)
	public OptionChoices choicesOf(Product product, long listingPrice) {
		long productId = product.getId();
		Names names = product.optionNames();
		if (!names.hasOptions()) {
			return new OptionChoices(null, List.of());
		}
		List<OptionChoices.Choice> choices = storedOf(List.of(productId)).getOrDefault(productId, List.of())
			.stream()
			.map((stored) -> new OptionChoices.Choice(stored.id(), stored.sku().label(), stored.sku().priceDelta(),
					Math.max(1, listingPrice + stored.sku().priceDelta()), stored.sku().stock()))
			.toList();
		return new OptionChoices(new ProductOptions(names.name1(), names.name2(), List.of()).names(), choices);
	}

	Names namesOf(long productId) {
		return this.jdbc.sql("SELECT option_name1, option_name2 FROM product WHERE id = ?")
			.param(productId)
			.query((row, n) -> new Names(row.getString(1), row.getString(2)))
			.optional()
			.orElse(new Names(null, null));
	}

	/**
	 * Replaces a listing's options with these, in the caller's transaction. A combination
	 * that stays keeps its SKU id (carts and orders point at it); one that goes is
	 * deleted. The product row is locked first, as checkout locks it before its SKUs.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void replace(long productId, ProductOptions options) {
		this.jdbc.sql("SELECT id FROM product WHERE id = ? FOR UPDATE").param(productId).query(Long.class).list();
		this.jdbc.sql("UPDATE product SET option_name1 = ?, option_name2 = ? WHERE id = ?")
			.params(options.name1(), options.name2(), productId)
			.update();
		List<Long> kept = new ArrayList<>();
		int position = 0;
		for (ProductOptions.Sku sku : options.skus()) {
			kept.add(this.jdbc.sql("""
					INSERT INTO product_sku (product_id, position, value1, value2, price_delta, stock)
					VALUES (?, ?, ?, ?, ?, ?)
					ON CONFLICT (product_id, COALESCE(value1, ''), COALESCE(value2, '')) DO UPDATE
					SET position = EXCLUDED.position, price_delta = EXCLUDED.price_delta, stock = EXCLUDED.stock
					RETURNING id""")
				.params(productId, position++, sku.value1(), sku.value2(), sku.priceDelta(), sku.stock())
				.query(Long.class)
				.single());
		}
		this.jdbc.sql("DELETE FROM product_sku WHERE product_id = ? AND NOT (id = ANY (?))")
			.params(productId, bigints(kept))
			.update();
	}

	record Names(String name1, String name2) {

		boolean hasOptions() {
			return this.name1 != null;
		}

	}

	/** A SKU with its id. */
	public record Stored(long id, long productId, ProductOptions.Sku sku) {

	}

	/** The ids as one PostgreSQL {@code bigint[]} parameter, for {@code = ANY (?)}. */
	static SqlTypeValue bigints(Collection<Long> ids) {
		return (statement, index, sqlType, typeName) -> statement.setArray(index,
				statement.getConnection().createArrayOf("bigint", ids.toArray()));
	}

}
