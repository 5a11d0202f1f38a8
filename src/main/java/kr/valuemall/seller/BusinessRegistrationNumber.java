package kr.valuemall.seller;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A business registration number (사업자등록번호): ten digits, the last a check digit, printed
 * {@code 123-45-67890}.
 */
public record BusinessRegistrationNumber(String digits) {

	private static final int[] WEIGHTS = { 1, 3, 7, 1, 3, 7, 1, 3, 5 };

	/**
	 * Compiled once: every store summary (each product card's store) checks its number.
	 */
	private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

	public BusinessRegistrationNumber {
		if (!hasValidCheckDigit(digits)) {
			throw new IllegalArgumentException("Not a valid business registration number");
		}
	}

	/**
	 * The number in whatever way it was typed ({@code 123-45-67890}, spaces...) if it is
	 * valid.
	 */
	public static Optional<BusinessRegistrationNumber> parse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String digits = typed.replaceAll("[\\s-]", "");
		return hasValidCheckDigit(digits) ? Optional.of(new BusinessRegistrationNumber(digits)) : Optional.empty();
	}

	public static boolean hasValidCheckDigit(String digits) {
		if (digits == null || !TEN_DIGITS.matcher(digits).matches()) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += digit(digits, i) * WEIGHTS[i];
		}
		sum += (digit(digits, 8) * 5) / 10;
		int check = (10 - sum % 10) % 10;
		return check == digit(digits, 9);
	}

	private static int digit(String digits, int index) {
		return digits.charAt(index) - '0';
	}

	public String formatted() {
		return this.digits.substring(0, 3) + "-" + this.digits.substring(3, 5) + "-" + this.digits.substring(5);
	}

}
