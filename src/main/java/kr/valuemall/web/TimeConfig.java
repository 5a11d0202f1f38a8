package kr.valuemall.web;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * One clock for the whole mall, so tests can move time instead of waiting for it; and the
 * scheduler that runs the mall's periodic work.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TimeConfig {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
