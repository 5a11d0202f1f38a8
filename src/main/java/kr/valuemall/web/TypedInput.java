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
		String digits = typed.replaceAll("[\\s,원명개]", "");
		if (!digits.matches("\\d{1,15}")) {
			errors.rejectValue(field, "form.number.invalid");
			return null;
		}
		long value = Long.parseLong(digits);
		if (value < min || value > max) {
			errors.rejectValue(field, "form.number.range", new Object[] { min, max }, null);
			return null;
		}
		return value;
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
