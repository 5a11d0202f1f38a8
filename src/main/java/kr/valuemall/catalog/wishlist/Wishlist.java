package kr.valuemall.catalog.wishlist;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.catalog.listing.ProductNotFound;

/**
 * 찜: the products each shopper keeps for later. Only a live listing can be added; one
 * that leaves the mall afterwards stays on the list, shown as unavailable, until the
 * shopper removes it.
 */
@Service
@Transactional(readOnly = true)
public class Wishlist {

	/** More than any shopper keeps; the list page shows them all. */
	static final int MAX_ITEMS = 500;

	private final JdbcClient jdbc;

	private final Clock clock;

	Wishlist(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Adds a live listing; adding it again changes nothing.
	 * @throws ProductNotFound if the listing is not live
	 * @throws WishlistFull if the shopper keeps {@value #MAX_ITEMS} already
	 */
	@Transactional
	public void add(long accountId, long productId) {
		boolean live = this.jdbc.sql("SELECT count(*) FROM product WHERE id = :id AND status = 'LIVE'")
			.param("id", productId)
			.query(Long.class)
			.single() > 0;
		if (!live) {
			throw ProductNotFound.of(productId);
		}
		if (count(accountId) >= MAX_ITEMS && !contains(accountId, productId)) {
			throw new WishlistFull();
		}
		this.jdbc.sql("""
				INSERT INTO wishlist_item (account_id, product_id, added_at) VALUES (:account, :product, :at)
				ON CONFLICT DO NOTHING""")
			.param("account", accountId)
			.param("product", productId)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * Removes the product from the shopper's list; nothing happens if it is not there.
	 */
	@Transactional
	public void remove(long accountId, long productId) {
		this.jdbc.sql("DELETE FROM wishlist_item WHERE account_id = :account AND product_id = :product")
			.param("account", accountId)
			.param("product", productId)
			.update();
	}

	public boolean contains(long accountId, long productId) {
		return this.jdbc.sql("SELECT count(*) FROM wishlist_item WHERE account_id = :account AND product_id = :product")
			.param("account", accountId)
			.param("product", productId)
			.query(Long.class)
			.single() > 0;
	}

	/** Every product the shopper keeps, for marking hearts on a page of cards. */
	public Set<Long> productIdsOf(long accountId) {
		return this.jdbc.sql("SELECT product_id FROM wishlist_item WHERE account_id = :account")
			.param("account", accountId)
			.query(Long.class)
			.list()
			.stream()
			.collect(Collectors.toUnmodifiableSet());
	}

	public long count(long accountId) {
		return this.jdbc.sql("SELECT count(*) FROM wishlist_item WHERE account_id = :account")
			.param("account", accountId)
			.query(Long.class)
			.single();
	}

	/** How many shoppers keep the product. */
	public long wishersOf(long productId) {
		return this.jdbc.sql("SELECT count(*) FROM wishlist_item WHERE product_id = :product")
			.param("product", productId)
			.query(Long.class)
			.single();
	}

	/** The shopper's list, newest first, whatever has become of each listing. */
	List<Item> itemsOf(long accountId) {
		return this.jdbc.sql("""
				SELECT w.product_id, p.name, p.status, w.added_at FROM wishlist_item w
				JOIN product p ON p.id = w.product_id
				WHERE w.account_id = :account ORDER BY w.added_at DESC, w.product_id DESC LIMIT :max""")
			.param("account", accountId)
			.param("max", MAX_ITEMS)
			.query((rs, n) -> new Item(rs.getLong(1), rs.getString(2), "LIVE".equals(rs.getString(3)),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/**
	 * One kept product as the list reads it.
	 *
	 * @param live whether the listing is on sale now (its store may still be suspended)
	 */
	record Item(long productId, String name, boolean live, Instant addedAt) {
	}

}
