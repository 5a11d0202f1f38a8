package kr.valuemall.account.signin;

import java.util.Map;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import kr.valuemall.account.membership.CommonPasswords;

/**
 * Passwords are hashed with Argon2id, which reads every byte of a password of any length:
 * bcrypt, used before, stops at 72 bytes, and a Korean password of 25 syllables is 75.
 * Hashes carry their kind ({@code {argon2}...}, {@code {bcrypt}...}), so the bcrypt
 * hashes stored earlier still sign in, and {@link AccountUserDetailsService} replaces
 * each with an Argon2 hash at its holder's next sign-in.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

	static final String ARGON2 = "argon2";

	static final String BCRYPT = "bcrypt";

	@Bean
	PasswordEncoder passwordEncoder(Argon2Settings argon2) {
		return encoder(argon2);
	}

	/**
	 * Reads the password denylist off the request path once the mall is up, so that the
	 * first sign-up does not wait for it.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void readDenylist() {
		Thread reader = new Thread(CommonPasswords::size, "password-denylist");
		reader.setDaemon(true);
		reader.start();
	}

	static PasswordEncoder encoder(Argon2Settings argon2) {
		Argon2PasswordEncoder argon2Encoder = new Argon2PasswordEncoder(argon2.saltLength(), argon2.hashLength(),
				argon2.parallelism(), argon2.memoryKib(), argon2.iterations());
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(ARGON2,
				Map.of(ARGON2, argon2Encoder, BCRYPT, new BCryptPasswordEncoder()));
		return encoder;
	}

	/**
	 * Argon2id's cost. The defaults are OWASP's first choice (19 MiB, two passes, one
	 * lane), about as slow as the bcrypt it replaces; tests use far cheaper ones.
	 */
	@ConfigurationProperties("valuemall.password.argon2")
	record Argon2Settings(@DefaultValue("16") int saltLength, @DefaultValue("32") int hashLength,
			@DefaultValue("1") int parallelism, @DefaultValue("19456") int memoryKib,
			@DefaultValue("2") int iterations) {

		Argon2Settings {
			if (memoryKib < 8 * parallelism || iterations < 1 || saltLength < 8 || hashLength < 16) {
				throw new IllegalArgumentException("valuemall.password.argon2 settings are too weak to be Argon2");
			}
		}

	}

}
