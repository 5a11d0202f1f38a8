package kr.valuemall.settlement;

/**
 * A settlement line is an order line's item amount (with commission) or a shipment's
 * shipping fee (passed through whole).
 */
public enum LineKind {

	ITEM, SHIPPING, ADJUSTMENT

}
