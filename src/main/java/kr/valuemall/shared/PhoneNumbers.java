package kr.valuemall.shared;

/**
 * Korean phone numbers as people type them: {@code 010-1234-5678}, {@code 01012345678},
 * {@code 02-123-4567}.
 */
public final class PhoneNumbers {

	/** Blank passes here: a missing number is reported once, by {@code @NotBlank}. */
	public static final String PATTERN = "^\\s*$|^\\s*0\\d{1,2}[-\\s]?\\d{3,4}[-\\s]?\\d{4}\\s*$";

	private PhoneNumbers() {
	}

	/** The number with hyphens where Koreans put them. */
	public static String normalize(String typed) {
		String digits = typed.replaceAll("\\D", "");
		int areaLength = digits.startsWith("02") ? 2 : 3;
		String area = digits.substring(0, areaLength);
		String rest = digits.substring(areaLength);
		int middleLength = rest.length() - 4;
		return area + "-" + rest.substring(0, middleLength) + "-" + rest.substring(middleLength);
	}

}
