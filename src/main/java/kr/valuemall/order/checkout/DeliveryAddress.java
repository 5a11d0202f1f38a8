package kr.valuemall.order.checkout;

/**
 * Where a checkout's parcels go.
 */
public record DeliveryAddress(String recipient, String phone, String postalCode, String address1, String address2,
		String deliveryNote) {

}
