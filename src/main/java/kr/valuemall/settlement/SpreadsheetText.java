package kr.valuemall.settlement;

/**
 * Text that a spreadsheet must never run as a formula (CSV/formula injection): a cell
 * that starts with = + - @ (or a tab or carriage return) gets a leading apostrophe.
 * Amounts are written as numbers and never pass through here.
 */
final class SpreadsheetText {

	private SpreadsheetText() {
	}

	static String safe(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		char first = text.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			return "'" + text;
		}
		return text;
	}

	/**
	 * A CSV field: made safe, then quoted when it holds a comma, a quote or a line break.
	 */
	static String csv(String text) {
		String safe = safe(text);
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
