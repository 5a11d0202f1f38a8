package kr.valuemall.web;

import org.springframework.validation.Errors;

/**
 * Reads what people type into forms kept as text (so that it can be shown again): whole
 * numbers written with commas, spaces or units, and choices from a list. Each problem
 * becomes a field error with a message key: {@code form.number.invalid},
 * {@code form.number.range}, {@code form.choice.invalid}.
 */
public final class TypedInput {

	private TypedInput() {
	}

	/**
	 * A whole number within {@code [min, max]}, read from {@code 1,200,000},
	 * {@code 12 000}, {@code 5000원} or {@code 3명} alike; fractions and signs are refused.
	 * {@code null} when the field already has an error or this one is added.
	 */
	public static Long wholeNumber(String typed, String field, long min, long max, Errors errors) {
		if (errors.hasFieldErrors(field) || typed == null) {
			return null;
		}
		Long read = read(typed);
		if (read == null) {
			errors.rejectValue(field, "form.number.invalid");
			return null;
		}
		long value = read;
		if (value < min || value > max) {
			errors.rejectValue(field, "form.number.range", new Object[] { min, max }, null);
			return null;
		}
		return value;
	}

	/**
	 * Whole won as people type it ({@code 12,000}, {@code 12 000}, {@code 12000원}), or
	 * {@code null} when it is not that: for filters and hidden fields, where something
	 * unreadable is simply not used.
	 */
	public static Long won(String typed) {
		return (typed != null) ? read(typed) : null;
	}

	/**
	 * The one reading of typed whole numbers: separators, spaces and a unit (원, 명, 개)
	 * dropped; fractions, signs and more than 15 digits are not numbers here.
	 */
	private static Long read(String typed) {
		String digits = typed.replaceAll("[\\s,원명개]", "");
		return digits.matches("\\d{1,15}") ? Long.parseLong(digits) : null;
	}

	/**
	 * One of an enum's values by name; blank gives {@code null}, an unknown name a field
	 * error.
	 */
	public static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Errors errors) {
		if (errors.hasFieldErrors(field) || value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(field, "form.choice.invalid");
			return null;
		}
	}

}
