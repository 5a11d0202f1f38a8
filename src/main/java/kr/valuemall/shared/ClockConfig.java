package kr.valuemall.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole mall, in UTC (pages show Korea's time), so that tests can move
 * time instead of waiting for it and nothing asks the system for the time behind its
 * back.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
