package kr.valuemall.shared.throttle;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The throttles, in one place ({@code valuemall.throttle} in application.yml). Each rule
 * lets {@code free} requests through, then makes each further one wait, starting at
 * {@code first-delay} and doubling up to {@code max-delay}; a key left alone for
 * {@code forget-after} starts again. {@code exempt-addresses} are never throttled (a
 * monitoring probe, the tests' local client).
 */
@ConfigurationProperties("valuemall.throttle")
public record ThrottleProperties(@DefaultValue("true") boolean enabled, Set<String> exemptAddresses,
		Map<String, Rule> rules) {

	public ThrottleProperties {
		exemptAddresses = (exemptAddresses != null) ? Set.copyOf(exemptAddresses) : Set.of();
		rules = (rules != null) ? Map.copyOf(rules) : Map.of();
	}

	/** The rule of this name; a name missing from the configuration is a defect. */
	public Rule rule(String name) {
		Rule rule = this.rules.get(name);
		if (rule == null) {
			throw new IllegalStateException("No throttle rule valuemall.throttle.rules." + name);
		}
		return rule;
	}

	public record Rule(int free, Duration forgetAfter, Duration firstDelay, Duration maxDelay) {

		public Rule {
			if (free < 1 || forgetAfter == null || firstDelay == null || maxDelay == null
					|| maxDelay.compareTo(firstDelay) < 0) {
				throw new IllegalArgumentException(
						"A throttle rule needs free >= 1, forget-after, first-delay and max-delay >= first-delay");
			}
		}

		/** How long to wait after the given number of strikes, zero while still free. */
		Duration delayAfter(int strikes) {
			if (strikes < this.free) {
				return Duration.ZERO;
			}
			int doublings = Math.min(strikes - this.free, 30);
			Duration delay = this.firstDelay.multipliedBy(1L << doublings);
			return (delay.compareTo(this.maxDelay) > 0) ? this.maxDelay : delay;
		}

	}

}
