package kr.valuemall.order.cart;

/**
 * A row of a cart as stored: which listing and which of its SKUs (the option chosen), how
 * many, at what price it was seen.
 */
public record CartLine(long productId, long skuId, int quantity, long priceSeen) {

}
