package kr.valuemall.order;

/**
 * A row of a cart as stored: which product, how many, at what price it was seen.
 */
record CartLine(long productId, int quantity, long priceSeen) {

}
