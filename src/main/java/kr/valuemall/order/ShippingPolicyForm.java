package kr.valuemall.order;

/**
 * A seller's free-shipping threshold as typed: blank for none.
 */
record ShippingPolicyForm(String threshold) {

}
