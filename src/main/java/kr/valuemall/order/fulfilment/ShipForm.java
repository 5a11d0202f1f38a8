package kr.valuemall.order.fulfilment;

/**
 * A courier and its tracking number, kept as typed so a mistyped number is shown again.
 */
record ShipForm(String courier, String trackingNumber) {

	static ShipForm empty() {
		return new ShipForm("", "");
	}

}
