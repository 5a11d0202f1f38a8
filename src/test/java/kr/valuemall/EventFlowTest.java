package kr.valuemall;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The test class's module alone, on real PostgreSQL, fed other modules' events through
 * Modulith's {@code Scenario}; the test class mocks the other modules' APIs it needs
 * ({@code @MockitoBean(types = …)}). No web environment: the flows need no pages, and
 * without one the context starts faster and Boot's stand-in security (the account module
 * is absent) has nothing to generate a password for. {@link EventPublications} tells when
 * an event has been handled, for outcomes where nothing should change.
 * <p>
 * The registry does not republish outstanding events when the context starts: the
 * database is shared with the other contexts of the test JVM, and their unfinished
 * publications are theirs to finish. The context is closed after its class: no other
 * class can reuse it, and left open it would hold its connections and run its scheduled
 * jobs for the rest of the test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, webEnvironment = WebEnvironment.NONE)
@Import({ TestcontainersConfiguration.class, TestClockConfiguration.class })
@TestPropertySource(properties = { "spring.modulith.events.republish-outstanding-events-on-restart=false",
		"spring.docker.compose.enabled=false" })
@DirtiesContext
public @interface EventFlowTest {

}
