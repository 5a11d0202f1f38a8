package kr.valuemall.origin.screening;

/**
 * The numbers staff tune: the score that holds a listing, how many other sellers with the
 * same text make a duplicate, how many reports put a live listing back on hold, and the
 * points of the rules that are not word lists.
 */
public record ScreeningSettings(int holdThreshold, int duplicateSellerCount, int reportsToHold, int importerNamedPoints,
		int missingRegionPoints, int missingManufacturerPoints, int makerContradictionPoints, int duplicateTextPoints,
		int priceOutOfRangePoints, int importReportsPoints) {

}
