package kr.valuemall.order;

/**
 * Where one listing's delivery terms differ from its seller's: each value that is null
 * follows the seller. Kept by the order module; the catalog's product form edits it.
 *
 * @param dispatchDays business days until dispatch
 * @param returnFee 반품 배송비, one way, whole won
 * @param exchangeFee 교환 배송비, both ways, whole won
 * @param jejuFee extra fee to Jeju, whole won
 * @param islandFee extra fee to another island or remote area, whole won
 */
public record DeliveryOverride(Integer dispatchDays, Long returnFee, Long exchangeFee, Long jejuFee, Long islandFee) {

	public static final DeliveryOverride NONE = new DeliveryOverride(null, null, null, null, null);

	/** Whether the listing simply follows its seller. */
	public boolean isEmpty() {
		return this.dispatchDays == null && this.returnFee == null && this.exchangeFee == null && this.jejuFee == null
				&& this.islandFee == null;
	}

}
