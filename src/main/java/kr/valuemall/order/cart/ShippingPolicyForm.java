package kr.valuemall.order.cart;

/**
 * A seller's free-shipping threshold as typed: blank for none.
 */
record ShippingPolicyForm(String threshold) {

}
