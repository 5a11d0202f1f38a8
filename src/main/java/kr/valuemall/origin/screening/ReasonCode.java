package kr.valuemall.origin.screening;

import kr.valuemall.origin.ScreeningReason;

/**
 * The rules that can fire, as written in {@link ScreeningReason#code()}. The first five
 * come from the word lists, the next six from the statements the text makes, the others
 * from the declaration, the price, the text of other sellers and shoppers' reports.
 */
public enum ReasonCode {

	IMPORT_PHRASE, FOREIGN_BRAND, FOREIGN_PLACE, IMPORT_CHANNEL, CROSS_BORDER_SLANG,
	/**
	 * A statement of foreign manufacture or origin: 제조국: 베트남, 중국 공장, Made in Thailand.
	 */
	FOREIGN_MADE,
	/**
	 * Overseas shipping not offered to buyers abroad: 해외배송 상품. Holds with another signal.
	 */
	OVERSEAS_SHIPPING,
	/** Delivery said to take a week or more, not for a made-to-order product. */
	LONG_DELIVERY,
	/**
	 * An origin label that names no country and sends the reader elsewhere (원산지: 상세설명
	 * 참조), in a listing that names no Korean place at all.
	 */
	ORIGIN_UNSTATED,
	/**
	 * A barcode registered abroad (its first digits name the country of registration; 880
	 * is Korea): the seller is told which digits to look at.
	 */
	BARCODE_ABROAD,
	/**
	 * A raw material's foreign origin in a product made in Korea: shown, adds nothing.
	 */
	RAW_MATERIAL_ORIGIN,
	/** The listing states Korea as where it is made: shown, adds nothing. */
	KOREAN_MADE_STATED, NOT_DOMESTIC, NOT_ATTESTED, IMPORTER_NAMED, MISSING_REGION, MISSING_MANUFACTURER,
	MAKER_CONTRADICTION, DUPLICATE_TEXT, PRICE_OUT_OF_RANGE, IMPORT_REPORTS,
	/**
	 * The listing was held or rejected before this edit: only staff can put it on sale.
	 */
	AWAITING_STAFF;

	public ScreeningReason reason(String detail, int points) {
		return new ScreeningReason(name(), detail, points);
	}

}
