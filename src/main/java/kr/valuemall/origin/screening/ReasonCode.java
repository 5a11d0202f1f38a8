package kr.valuemall.origin.screening;

import kr.valuemall.origin.ScreeningReason;

/**
 * The rules that can fire, as written in {@link ScreeningReason#code()}. The first three
 * come from the word lists, the others from the declaration, the price, the text of other
 * sellers and shoppers' reports.
 */
public enum ReasonCode {

	IMPORT_PHRASE, FOREIGN_BRAND, FOREIGN_PLACE, NOT_DOMESTIC, NOT_ATTESTED, IMPORTER_NAMED, MISSING_REGION,
	MISSING_MANUFACTURER, MAKER_CONTRADICTION, DUPLICATE_TEXT, PRICE_OUT_OF_RANGE, IMPORT_REPORTS,
	/**
	 * The listing was held or rejected before this edit: only staff can put it on sale.
	 */
	AWAITING_STAFF;

	public ScreeningReason reason(String detail, int points) {
		return new ScreeningReason(name(), detail, points);
	}

}
