package kr.valuemall.origin;

/**
 * One rule that fired: its kind ({@code IMPORT_PHRASE}, {@code FOREIGN_BRAND},
 * {@code PRICE_OUT_OF_RANGE}, ...), what it matched, and the points it added. Shown
 * through the message keys {@code origin.reason.<code>}, with the detail as argument.
 */
public record ScreeningReason(String code, String detail, int points) {

	public String messageKey() {
		return "origin.reason." + this.code;
	}

}
