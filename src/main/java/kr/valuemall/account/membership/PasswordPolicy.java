package kr.valuemall.account.membership;

import java.util.Locale;
import java.util.Optional;

/**
 * What NIST SP 800-63B asks of a new password, and no more: a length counted in
 * characters (code points, so a Korean syllable or an emoji is one character) between
 * {@value #MIN_LENGTH} and {@value #MAX_LENGTH}, and not a known one: not on the list of
 * common and breached passwords, not one character over and over, not the e-mail name or
 * the mall's name. No rules of composition (a digit, a symbol): they make passwords
 * harder to remember, not to guess. The hash takes any length of bytes (Argon2).
 */
public final class PasswordPolicy {

	private PasswordPolicy() {
	}

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 64;

	private static final String[] MALL_NAMES = { "valuemall", "가치몰" };

	/** The message key of the first rule the password breaks, if any. */
	public static Optional<String> check(String password, String email) {
		if (password == null || password.isEmpty()) {
			return Optional.empty();
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("signup.password.tooShort");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("signup.password.tooLong");
		}
		if (password.codePoints().distinct().count() < 4) {
			return Optional.of("signup.password.repetitive");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String localPart = (email != null && email.contains("@")) ? email.substring(0, email.indexOf('@')) : "";
		if (localPart.length() >= 4 && lower.contains(localPart.toLowerCase(Locale.ROOT))) {
			return Optional.of("signup.password.containsEmail");
		}
		for (String mallName : MALL_NAMES) {
			if (lower.contains(mallName)) {
				return Optional.of("signup.password.common");
			}
		}
		if (CommonPasswords.contains(password)) {
			return Optional.of("signup.password.common");
		}
		return Optional.empty();
	}

}
