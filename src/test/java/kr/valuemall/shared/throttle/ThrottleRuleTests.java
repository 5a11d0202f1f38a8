package kr.valuemall.shared.throttle;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import kr.valuemall.shared.throttle.ThrottleProperties.Rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ThrottleRuleTests {

	@Test
	void theDelayStartsAfterTheFreeRequestsDoublesAndStopsAtItsCeiling() {
		Rule rule = new Rule(3, Duration.ofHours(1), Duration.ofSeconds(10), Duration.ofSeconds(60));
		assertThat(rule.delayAfter(1)).isZero();
		assertThat(rule.delayAfter(2)).isZero();
		assertThat(rule.delayAfter(3)).isEqualTo(Duration.ofSeconds(10));
		assertThat(rule.delayAfter(4)).isEqualTo(Duration.ofSeconds(20));
		assertThat(rule.delayAfter(5)).isEqualTo(Duration.ofSeconds(40));
		assertThat(rule.delayAfter(6)).isEqualTo(Duration.ofSeconds(60));
		assertThat(rule.delayAfter(1_000_000)).isEqualTo(Duration.ofSeconds(60));
	}

	@Test
	void aRuleThatCouldNeverLetAnythingThroughIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Rule(0, Duration.ofHours(1), Duration.ofSeconds(10), Duration.ofSeconds(60)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Rule(3, Duration.ofHours(1), Duration.ofSeconds(10), Duration.ofSeconds(5)));
	}

}
