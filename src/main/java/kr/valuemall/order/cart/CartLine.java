package kr.valuemall.order.cart;

/**
 * A row of a cart as stored: which product, how many, at what price it was seen.
 */
public record CartLine(long productId, int quantity, long priceSeen) {

}
