package kr.valuemall.order;

/**
 * Where a checkout's parcels go.
 */
record DeliveryAddress(String recipient, String phone, String postalCode, String address1, String address2,
		String deliveryNote) {

}
