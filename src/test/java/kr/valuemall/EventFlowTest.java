package kr.valuemall;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The test class's module alone, on real PostgreSQL, fed other modules' events through
 * Modulith's {@code Scenario}; the test class mocks the other modules' APIs it needs
 * ({@code @MockitoBean(types = …)}). {@link EventPublications} tells when an event has
 * been handled, for outcomes where nothing should change.
 * <p>
 * The registry does not republish outstanding events when the context starts: the
 * database is shared with the other contexts of the test JVM, and their unfinished
 * publications are theirs to finish. The context is closed after its class: no other
 * class can reuse it, and left open it would keep its connections and scheduled jobs
 * until the JVM ends, when the run's database is dropped under it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE)
@Import({ TestcontainersConfiguration.class, TestClockConfiguration.class })
@TestPropertySource(properties = "spring.modulith.events.republish-outstanding-events-on-restart=false")
@DirtiesContext
public @interface EventFlowTest {

}
