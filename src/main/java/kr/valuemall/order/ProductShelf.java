package kr.valuemall.order;

import java.util.Collection;
import java.util.Map;

/**
 * What the order module needs of the catalog, implemented there: so the catalog may
 * listen to order events (sales counts, reviews) without the two modules depending on
 * each other.
 */
public interface ProductShelf {

	/** The products with these ids that exist, whatever their status. */
	Map<Long, ShelfProduct> find(Collection<Long> productIds);

	/** A seller's live products, oldest first: what the demo orders are made of. */
	java.util.List<ShelfProduct> liveOf(long sellerId, int limit);

	/**
	 * Takes the quantities from stock in the caller's transaction, locking the rows in
	 * ascending id order so two baskets cannot deadlock. Either every quantity is taken
	 * or nothing is.
	 * @return the products as they were when taken, for prices re-checked under the lock
	 * @throws StockShortage when a product is not live or has fewer units than asked
	 */
	Map<Long, ShelfProduct> take(Map<Long, Integer> quantities);

	/** Puts cancelled quantities back on the shelf, in the caller's transaction. */
	void giveBack(Map<Long, Integer> quantities);

}
