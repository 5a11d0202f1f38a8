package kr.valuemall.order;

import java.time.Instant;
import java.util.UUID;

/**
 * A shopper put units of a product in a cart (from a product page or the cart page). The
 * reports count these as the "carts" step of the funnel; a cart joined at sign-in is not
 * a new add.
 *
 * @param productId the product
 * @param quantity the units added
 * @param at when
 * @param eventId this add's own id, so a redelivered event is counted once; absent
 * ({@code null}) in events stored before it was added
 */
public record ProductAddedToCart(long productId, int quantity, Instant at, UUID eventId) {

	/** A new add, with an id of its own. */
	public ProductAddedToCart(long productId, int quantity, Instant at) {
		this(productId, quantity, at, UUID.randomUUID());
	}

}
