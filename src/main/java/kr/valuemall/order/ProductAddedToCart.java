package kr.valuemall.order;

import java.time.Instant;

/**
 * A shopper put units of a product in a cart (from a product page or the cart page). The
 * reports count these as the "carts" step of the funnel; a cart joined at sign-in is not
 * a new add.
 */
public record ProductAddedToCart(long productId, int quantity, Instant at) {

}
