package kr.valuemall;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Awaitility, as the tests use it: it looks at once and then every 20 ms. Its own
 * defaults wait 100 ms before looking the first time and between looks, so each of the
 * suite's waits for an event's listener (some tests wait for ninety) cost at least 100 ms
 * however soon the listener was done. Registered for every test class through
 * {@code META-INF/services} and {@code junit-platform.properties}.
 */
public class QuickAwaits implements BeforeAllCallback {

	static final Duration POLL_INTERVAL = Duration.ofMillis(20);

	@Override
	public void beforeAll(ExtensionContext context) {
		Awaitility.setDefaultPollDelay(Duration.ZERO);
		Awaitility.setDefaultPollInterval(POLL_INTERVAL);
	}

}
