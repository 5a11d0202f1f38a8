package kr.valuemall.web;

import java.beans.PropertyEditorSupport;
import java.math.BigInteger;
import java.util.regex.Pattern;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every {@code page} request parameter is read here: a number below zero is the first
 * page and one past {@link #LAST_PAGE} the last the mall would ever list, so no list
 * computes an offset that overflows (page 2147483647 of reviews was a 500). Text that is
 * no number stays a binding error (the 400 page).
 */
@ControllerAdvice
class PageNumbers {

	/** Far beyond any list's real length at any page size the mall uses. */
	static final int LAST_PAGE = 10_000;

	private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,100}");

	@InitBinder("page")
	void clampPageNumbers(WebDataBinder binder) {
		binder.registerCustomEditor(int.class, new PageNumberEditor());
		binder.registerCustomEditor(Integer.class, new PageNumberEditor());
	}

	static int clamp(String text) {
		String stripped = text.strip();
		if (!WHOLE.matcher(stripped).matches()) {
			throw new IllegalArgumentException("Not a page number");
		}
		BigInteger number = new BigInteger(stripped);
		return number.max(BigInteger.ZERO).min(BigInteger.valueOf(LAST_PAGE)).intValue();
	}

	static final class PageNumberEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue((text == null || text.isBlank()) ? null : clamp(text));
		}

	}

}
