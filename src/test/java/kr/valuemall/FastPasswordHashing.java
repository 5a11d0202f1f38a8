package kr.valuemall;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The mall's password hashing (Argon2id for new hashes, bcrypt still read, through Spring
 * Security's delegating encoder as {@code account.signin.PasswordHashing} sets it up) at
 * the cheapest cost Argon2 allows, and remembered per password: hashing is slow on
 * purpose, and the suite opens hundreds of accounts with the same few passwords (200
 * buyers racing for ten units alone cost seconds). Every hash is still a real Argon2 hash
 * and every check a real check the first time it is made.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FastPasswordHashing {

	@Bean
	@Primary
	PasswordEncoder rememberingPasswordEncoder() {
		PasswordEncoder cheapArgon2 = new Argon2PasswordEncoder(16, 32, 1, 256, 1);
		return new RememberingPasswordEncoder(new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", cheapArgon2, "bcrypt", new BCryptPasswordEncoder(4))));
	}

	static final class RememberingPasswordEncoder implements PasswordEncoder {

		private final PasswordEncoder delegate;

		private final Map<String, String> hashes = new ConcurrentHashMap<>();

		private final Map<String, Boolean> checks = new ConcurrentHashMap<>();

		RememberingPasswordEncoder(PasswordEncoder delegate) {
			this.delegate = delegate;
		}

		@Override
		public String encode(CharSequence rawPassword) {
			return this.hashes.computeIfAbsent(rawPassword.toString(), this.delegate::encode);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			if (rawPassword == null || encodedPassword == null) {
				return this.delegate.matches(rawPassword, encodedPassword);
			}
			return this.checks.computeIfAbsent(rawPassword + "\u0000" + encodedPassword,
					(key) -> this.delegate.matches(rawPassword, encodedPassword));
		}

		@Override
		public boolean upgradeEncoding(String encodedPassword) {
			return this.delegate.upgradeEncoding(encodedPassword);
		}

	}

}
