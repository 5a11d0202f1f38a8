package kr.valuemall.catalog.listing;

/**
 * Where a listing stands. Only LIVE listings are ever shown to shoppers. Message keys
 * {@code product.status.<NAME>}.
 */
public enum ProductStatus {

	/** Saved by the seller, never offered. */
	DRAFT,
	/** Waiting for staff: screening or shopper reports found reasons to look (검수 대기). */
	HELD,
	/** On sale. */
	LIVE,
	/** Staff refused it; the seller can correct it and publish again. */
	REJECTED,
	/** Taken off sale by the seller. */
	UNPUBLISHED,
	/**
	 * Off sale because staff suspended the store; goes live again when it is reinstated
	 * (V75's trigger keeps any listing of a suspended store from going live).
	 */
	SUSPENDED

}
