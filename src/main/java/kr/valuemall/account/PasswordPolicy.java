package kr.valuemall.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * At least ten characters (and at most 72 bytes), at least two kinds of character among
 * letters, digits and symbols, and not built from the e-mail address.
 */
final class PasswordPolicy {

	private PasswordPolicy() {
	}

	static final int MIN_LENGTH = 10;

	/** What the password hash can take, in UTF-8 bytes. */
	static final int MAX_BYTES = 72;

	/** The message key of the first rule the password breaks, if any. */
	static Optional<String> check(String password, String email) {
		if (password == null || password.isEmpty()) {
			return Optional.empty();
		}
		if (password.length() < MIN_LENGTH) {
			return Optional.of("signup.password.tooShort");
		}
		// bcrypt reads at most 72 bytes and refuses more: a Korean password of 25
		// characters already has 75.
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("signup.password.tooManyBytes");
		}
		int kinds = 0;
		kinds += password.chars().anyMatch(Character::isLetter) ? 1 : 0;
		kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
		kinds += password.chars().anyMatch((c) -> !Character.isLetterOrDigit(c)) ? 1 : 0;
		if (kinds < 2) {
			return Optional.of("signup.password.weak");
		}
		if (password.chars().distinct().count() < 4) {
			return Optional.of("signup.password.repetitive");
		}
		String localPart = (email != null && email.contains("@")) ? email.substring(0, email.indexOf('@')) : "";
		if (localPart.length() >= 4 && password.toLowerCase(Locale.ROOT).contains(localPart.toLowerCase(Locale.ROOT))) {
			return Optional.of("signup.password.containsEmail");
		}
		return Optional.empty();
	}

}
