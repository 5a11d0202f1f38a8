package kr.valuemall.order.cart;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.order.ProductAddedToCart;
import kr.valuemall.order.ProductShelf;
import kr.valuemall.order.ShelfProduct;

/**
 * Carts: one per account, one per browser before sign-in, merged when the shopper signs
 * in. Quantities never exceed what is in stock; rows are upserted so two tabs adding at
 * once add up instead of failing.
 */
@Service
@Transactional
public class Carts {

	/** Most a cart line may hold; the table checks it too. */
	static final int MAX_QUANTITY = 999;

	private final JdbcClient jdbc;

	private final ProductShelf shelf;

	private final BasketPricing pricing;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Carts(JdbcClient jdbc, ProductShelf shelf, BasketPricing pricing, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.shelf = shelf;
		this.pricing = pricing;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Adds units of a live product without options (its only SKU), never more than its
	 * stock in all.
	 * @return what the cart now holds of it, or empty when it cannot be bought (or has
	 * options, one of which must be chosen: {@link #addSku})
	 */
	public Optional<Added> add(CartOwner owner, long productId, int quantity) {
		return chosenSku(productId, null).flatMap((only) -> added(put(owner, only, quantity), quantity));
	}

	/**
	 * Adds units of a live product's SKU (the option chosen, or the listing's only SKU),
	 * never more than its stock in all.
	 * @return what the cart now holds of it, or empty when it cannot be bought
	 */
	public Optional<Added> addSku(CartOwner owner, long skuId, int quantity) {
		return added(put(owner, this.shelf.findSkus(List.of(skuId)).get(skuId), quantity), quantity);
	}

	/**
	 * What the product page's button does, in one transaction: puts the option posted
	 * ({@code sku}, which must be one of the listing's) or the listing's only SKU when it
	 * has no options in the cart.
	 * @param current the cart as the request shows it, if any
	 * @param owner the cart to add to, made for a visitor only when something is added
	 */
	Adding add(long productId, String sku, int quantity, Optional<CartOwner> current, Supplier<CartOwner> owner) {
		Optional<ShelfProduct> chosen = chosenSku(productId, sku);
		if (chosen.isEmpty()) {
			return Adding.refused("cart.option.required", null, current);
		}
		if (!chosen.get().available()) {
			return Adding.refused(chosen.get().hasOption() ? "cart.option.soldOut" : "cart.add.unavailable",
					chosen.get().optionLabel(), current);
		}
		CartOwner cart = owner.get();
		Optional<Added> added = added(put(cart, chosen.get(), quantity), quantity);
		if (added.isEmpty()) {
			return Adding.refused("cart.add.unavailable", null, Optional.of(cart));
		}
		boolean limited = added.get().limited();
		return new Adding(true, limited, limited ? "cart.add.limited" : "cart.add.done", null, Optional.of(cart));
	}

	/**
	 * The SKU a shopper chose for this listing: the one posted (it must belong to the
	 * listing), or the listing's only SKU when it has no options; empty when a listing
	 * with options was posted without one, or there is no such listing.
	 */
	private Optional<ShelfProduct> chosenSku(long productId, String sku) {
		if (sku != null && sku.strip().matches("\\d{1,18}")) {
			long skuId = Long.parseLong(sku.strip());
			return Optional.ofNullable(this.shelf.findSkus(List.of(skuId)).get(skuId))
				.filter((found) -> found.id() == productId);
		}
		// The listing's SKUs in one statement: its only one when it has no options.
		Map<Long, ShelfProduct> skus = this.shelf.skusOf(productId);
		if (skus.isEmpty()) {
			// No such listing: nothing that can be bought.
			return Optional.of(new ShelfProduct(productId, 0, "", "", 1, 0, 0, null, false));
		}
		return (skus.size() == 1) ? skus.values().stream().filter((only) -> !only.hasOption()).findFirst()
				: Optional.empty();
	}

	private Optional<Added> added(Optional<Added> added, int quantity) {
		added.ifPresent(
				(done) -> this.events.publishEvent(new ProductAddedToCart(done.product().id(), quantity, now())));
		return added;
	}

	/** Puts units of this SKU, as read in this transaction, in the cart. */
	private Optional<Added> put(CartOwner owner, ShelfProduct product, int quantity) {
		if (product == null || !product.available()) {
			return Optional.empty();
		}
		long skuId = product.skuId();
		// Made or touched (its updated_at) in one statement.
		long cartId = cartOf(owner);
		int limit = Math.min(product.stock(), MAX_QUANTITY);
		// The line as it was and as it is, in one statement: the WITH part reads the
		// table as it was before the insert.
		int[] beforeAndHeld = this.jdbc.sql("""
				WITH before AS (SELECT quantity FROM cart_item WHERE cart_id = ? AND sku_id = ?)
				INSERT INTO cart_item (cart_id, product_id, sku_id, quantity, price_seen, added_at)
				VALUES (?, ?, ?, LEAST(?, ?), ?, ?)
				ON CONFLICT (cart_id, sku_id) DO UPDATE
				SET quantity = LEAST(cart_item.quantity + EXCLUDED.quantity, ?), price_seen = EXCLUDED.price_seen
				RETURNING COALESCE((SELECT quantity FROM before), 0), quantity""")
			.params(cartId, skuId, cartId, product.id(), skuId, quantity, limit, this.pricing.unitPrice(product),
					Timestamp.from(now()), limit)
			.query((row, n) -> new int[] { row.getInt(1), row.getInt(2) })
			.single();
		return Optional.of(new Added(product, beforeAndHeld[1], beforeAndHeld[0] + quantity > limit));
	}

	/** Sets the quantity of a line, capped by stock; zero or less removes it. */
	Optional<Integer> change(CartOwner owner, long skuId, int quantity) {
		Optional<Long> cartId = find(owner);
		if (cartId.isEmpty()) {
			return Optional.empty();
		}
		if (quantity <= 0) {
			remove(owner, skuId);
			return Optional.of(0);
		}
		ShelfProduct product = this.shelf.findSkus(List.of(skuId)).get(skuId);
		int limit = (product == null) ? quantity : Math.max(1, Math.min(product.stock(), MAX_QUANTITY));
		int capped = Math.min(quantity, limit);
		int changed = this.jdbc.sql("UPDATE cart_item SET quantity = ? WHERE cart_id = ? AND sku_id = ?")
			.params(capped, cartId.get(), skuId)
			.update();
		touch(cartId.get());
		return (changed == 1) ? Optional.of(capped) : Optional.empty();
	}

	void remove(CartOwner owner, long skuId) {
		find(owner).ifPresent((cartId) -> this.jdbc.sql("DELETE FROM cart_item WHERE cart_id = ? AND sku_id = ?")
			.params(cartId, skuId)
			.update());
	}

	/** What was bought leaves the cart; anything else stays for next time. */
	public void removeBought(long accountId, Collection<Long> skuIds) {
		this.jdbc.sql("""
				DELETE FROM cart_item WHERE cart_id = (SELECT id FROM cart WHERE account_id = ?)
				AND sku_id = ANY (?)""").params(accountId, bigints(skuIds)).update();
	}

	/**
	 * The cart's lines, oldest first. One statement (the checkout asks on every step): no
	 * transaction around it unless the caller has one.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CartLine> lines(CartOwner owner) {
		String whose = owner.isAccount() ? "account_id = ?" : "token = ?";
		return this.jdbc.sql("""
				SELECT product_id, sku_id, quantity, price_seen FROM cart_item
				WHERE cart_id = (SELECT id FROM cart WHERE %s) ORDER BY added_at, sku_id""".formatted(whose))
			.param(owner.isAccount() ? owner.accountId() : owner.token())
			.query((row, n) -> new CartLine(row.getLong(1), row.getLong(2), row.getInt(3), row.getLong(4)))
			.list();
	}

	/**
	 * For the header: how many different products the cart holds. Asked on every page,
	 * and one statement: no transaction around it.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	int count(CartOwner owner) {
		String where = owner.isAccount() ? "c.account_id = ?" : "c.token = ?";
		Integer count = this.jdbc.sql("SELECT count(*) FROM cart_item i JOIN cart c ON c.id = i.cart_id WHERE " + where)
			.param(owner.isAccount() ? owner.accountId() : owner.token())
			.query(Integer.class)
			.single();
		return (count != null) ? count : 0;
	}

	/**
	 * The browser's cart joins the account's at sign-in: quantities add up (within
	 * stock), and the browser's cart is gone.
	 */
	public void merge(UUID token, long accountId) {
		Optional<Long> browserCart = find(CartOwner.browser(token));
		if (browserCart.isEmpty()) {
			return;
		}
		List<CartLine> lines = this.jdbc
			.sql("SELECT product_id, sku_id, quantity, price_seen FROM cart_item WHERE cart_id = ?")
			.param(browserCart.get())
			.query((row, n) -> new CartLine(row.getLong(1), row.getLong(2), row.getInt(3), row.getLong(4)))
			.list();
		CartOwner account = CartOwner.account(accountId);
		// Not new adds: the report's funnel counted them when they went into the
		// browser's cart.
		lines.forEach(
				(line) -> put(account, this.shelf.findSkus(List.of(line.skuId())).get(line.skuId()), line.quantity()));
		this.jdbc.sql("DELETE FROM cart WHERE id = ?").param(browserCart.get()).update();
	}

	private Optional<Long> find(CartOwner owner) {
		List<Long> ids = owner.isAccount()
				? this.jdbc.sql("SELECT id FROM cart WHERE account_id = ?")
					.param(owner.accountId())
					.query(Long.class)
					.list()
				: this.jdbc.sql("SELECT id FROM cart WHERE token = ?").param(owner.token()).query(Long.class).list();
		return ids.stream().findFirst();
	}

	private long cartOf(CartOwner owner) {
		Timestamp now = Timestamp.from(now());
		String conflict = owner.isAccount() ? "account_id" : "token";
		return this.jdbc
			.sql("INSERT INTO cart (account_id, token, created_at, updated_at) VALUES (?, ?, ?, ?) " + "ON CONFLICT ("
					+ conflict + ") DO UPDATE SET updated_at = EXCLUDED.updated_at RETURNING id")
			.params(owner.accountId(), owner.token(), now, now)
			.query(Long.class)
			.single();
	}

	private void touch(long cartId) {
		this.jdbc.sql("UPDATE cart SET updated_at = ? WHERE id = ?").params(Timestamp.from(now()), cartId).update();
	}

	private Instant now() {
		return this.clock.instant();
	}

	/**
	 * @param quantity what the cart now holds of the product
	 * @param limited whether fewer were added than asked, because of stock
	 */
	public record Added(ShelfProduct product, int quantity, boolean limited) {

	}

	/** The ids as one PostgreSQL {@code bigint[]} parameter, for {@code = ANY (?)}. */
	private static SqlTypeValue bigints(Collection<Long> ids) {
		return (statement, index, sqlType, typeName) -> statement.setArray(index,
				statement.getConnection().createArrayOf("bigint", ids.toArray()));
	}

	/**
	 * What became of an "add to cart": the message to show, and whose cart it went to.
	 */
	record Adding(boolean added, boolean limited, String messageKey, String option, Optional<CartOwner> owner) {

		static Adding refused(String messageKey, String option, Optional<CartOwner> owner) {
			return new Adding(false, false, messageKey, option, owner);
		}

	}

}
