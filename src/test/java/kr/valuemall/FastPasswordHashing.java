package kr.valuemall;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The mall's password hashing (bcrypt through Spring Security's delegating encoder),
 * remembered per password: bcrypt is slow on purpose, and the suite opens hundreds of
 * accounts with the same few passwords (200 buyers racing for ten units alone cost
 * seconds). Every hash is still a real bcrypt hash and every check a real check the first
 * time it is made.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FastPasswordHashing {

	@Bean
	@Primary
	PasswordEncoder rememberingPasswordEncoder() {
		return new RememberingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
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
