package kr.valuemall.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * After {@code maxFailures} wrong passwords in a row an account waits
 * {@code lockDuration}.
 */
@ConfigurationProperties("valuemall.login")
record LoginProperties(int maxFailures, Duration lockDuration) {

	LoginProperties {
		if (maxFailures < 1) {
			throw new IllegalArgumentException("valuemall.login.max-failures must be at least 1");
		}
	}

}
