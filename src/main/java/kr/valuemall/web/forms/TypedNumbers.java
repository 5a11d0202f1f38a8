package kr.valuemall.web.forms;

import java.text.ParseException;
import java.util.Locale;

import org.springframework.format.Formatter;

/**
 * The one reading of whole numbers as people type them into the mall's forms: won, counts
 * and percentages alike. Separators, spaces and a unit ({@code 1,200,000},
 * {@code 12 000}, {@code 5000원}, {@code 3명}, {@code 10%}) are dropped; fractions, signs
 * and more than 15 digits are not numbers here. Forms keep the typed text (so a page
 * shown again shows it back), {@link WholeNumber} checks it, and the form reads the
 * checked value through {@link #value(String)}.
 */
public final class TypedNumbers implements Formatter<Long> {

	/** The formatter, for code that binds or prints typed numbers. */
	public static final TypedNumbers FORMAT = new TypedNumbers();

	private TypedNumbers() {
	}

	/** The number typed, or {@code null} when it is not one (or nothing was typed). */
	public static Long read(String typed) {
		if (typed == null) {
			return null;
		}
		String digits = typed.replaceAll("[\\s,원명개%]", "");
		return digits.matches("\\d{1,15}") ? Long.parseLong(digits) : null;
	}

	/**
	 * The number of a field {@link WholeNumber} has already passed.
	 * @throws IllegalArgumentException when the text is not a number after all
	 */
	public static long value(String typed) {
		Long read = read(typed);
		if (read == null) {
			throw new IllegalArgumentException("Not a checked whole number: " + typed);
		}
		return read;
	}

	/**
	 * The number of an optional field {@link WholeNumber} has passed; blank gives null.
	 */
	public static Long valueOrNull(String typed) {
		return (typed == null || typed.isBlank()) ? null : value(typed);
	}

	@Override
	public Long parse(String text, Locale locale) throws ParseException {
		Long read = read(text);
		if (read == null) {
			throw new ParseException("Not a whole number", 0);
		}
		return read;
	}

	/** With thousands separators, as Koreans write prices: {@code 1,200,000}. */
	@Override
	public String print(Long number, Locale locale) {
		return String.format(Locale.ROOT, "%,d", number);
	}

}
