package kr.valuemall.feed;

/**
 * Text made safe for XML 1.0: the writer escapes markup, but characters XML forbids
 * outright (most control characters, which a pasted description can hold) must go.
 */
final class XmlText {

	private XmlText() {
	}

	/**
	 * The text without the characters a spreadsheet would read as the start of a formula
	 * ({@code = + - @}) at its beginning: feeds are opened in spreadsheets by the
	 * marketplaces' staff and by sellers. Numbers in feeds are never negative, so no
	 * value needs a leading minus.
	 */
	static String withoutFormulaStart(String text) {
		int start = 0;
		while (start < text.length() && "=+-@".indexOf(text.charAt(start)) >= 0) {
			start++;
		}
		return (start == 0) ? text : text.substring(start).strip();
	}

	static String clean(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder cleaned = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
					|| (c >= 0xE000 && c <= 0xFFFD) || Character.isSurrogate(c);
			if (!allowed && cleaned == null) {
				cleaned = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (cleaned != null && allowed) {
				cleaned.append(c);
			}
		}
		return (cleaned != null) ? cleaned.toString() : text;
	}

}
