package kr.valuemall.order;

import java.util.Collection;
import java.util.Map;

/**
 * What the order module needs of the catalog, implemented there: so the catalog may
 * listen to order events (sales counts, reviews) without the two modules depending on
 * each other. Carts and orders hold SKUs (a listing's option combinations; a listing
 * without options has one): stock is taken and given back per SKU.
 */
public interface ProductShelf {

	/**
	 * The products with these ids that exist, whatever their status, as listings: the
	 * listing's price and all its units, with its first SKU; without pictures.
	 */
	Map<Long, ShelfProduct> find(Collection<Long> productIds);

	/**
	 * The SKUs with these ids that exist, whatever their listing's status, by SKU id,
	 * without pictures: what pricing and buying read.
	 */
	Map<Long, ShelfProduct> findSkus(Collection<Long> skuIds);

	/**
	 * A listing's SKUs, whatever its status, by SKU id in id order, without pictures;
	 * empty when there is no such listing.
	 */
	Map<Long, ShelfProduct> skusOf(long productId);

	/**
	 * The same SKUs with each listing's main picture ({@link ShelfProduct#imageUrl()}),
	 * for a page that shows them: a statement more.
	 */
	Map<Long, ShelfProduct> findSkusWithPictures(Collection<Long> skuIds);

	/** A seller's live products, oldest first: what the demo orders are made of. */
	java.util.List<ShelfProduct> liveOf(long sellerId, int limit);

	/**
	 * Takes the quantities (by SKU id) from stock in the caller's transaction, locking
	 * the listings' rows in ascending id order, then the SKUs' in ascending id order, so
	 * two baskets cannot deadlock. Either every quantity is taken or nothing is.
	 * @return the SKUs as they were when taken, by SKU id, for prices re-checked under
	 * the lock (without pictures)
	 * @throws StockShortage when a listing is not live or a SKU has fewer units than
	 * asked
	 */
	Map<Long, ShelfProduct> take(Map<Long, Integer> quantities);

	/**
	 * Puts cancelled quantities (by SKU id) back on the shelf, in the caller's
	 * transaction.
	 */
	void giveBack(Map<Long, Integer> quantities);

}
