package kr.valuemall;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import kr.valuemall.notification.TestMailbox;

/**
 * The tests' mail server for the journeys on a real port, where a test reads a mail as
 * the visitor would (the reset-password link).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailConfiguration {

	@Bean
	TestMailbox testMailbox() {
		return new TestMailbox();
	}

}
