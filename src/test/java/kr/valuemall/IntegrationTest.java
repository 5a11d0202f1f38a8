package kr.valuemall;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on real PostgreSQL, driven through MockMvc with the real security
 * chain. Tests sharing it share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// The database comes from TestcontainersConfiguration: Docker Compose (and the look for a
// Docker engine that spring-boot:run does) has nothing to do here.
// Sent mails are kept as the demo keeps them, so /admin/mails can be tried.
// Product views are flushed by the tests that count them, never by the 10-second schedule
// in the
// middle of a test (on a busy machine it fell between two views of the same test).
// Product pages and searches are read afresh on every view: tests change rows by every
// path and look at once (ShopperPageCacheTests covers the copies).
@SpringBootTest(properties = { "valuemall.settlement.schedule=-", "spring.docker.compose.enabled=false",
		"valuemall.mail.keep-copies=true", "valuemall.throttle.exempt-addresses=127.0.0.1",
		"valuemall.catalog.view-flush-interval=1h",
		// Tables are vacuumed by the tests that look at them (TableUpkeepTests), not by
		// the
		// one-minute schedule.
		"valuemall.database.upkeep-every=1h",
		// Tests look at a shelf or a page right after changing what it shows: nothing
		// kept
		// between loads.
		"valuemall.catalog.shelf-max-age=0s", "valuemall.catalog.page-cache-ttl=0s",
		"valuemall.web.visitor-page-ttl=0s",
		// The concurrency tests send 200 checkouts at once at a pool of 4 on a busy build
		// machine: they queue for a connection as long as they did before the 3 s of
		// application.yml (which sheds such a burst with the 503 page).
		"spring.datasource.hikari.connection-timeout=20000" })
@AutoConfigureMockMvc
@Import({ TestcontainersConfiguration.class, TestClockConfiguration.class, TestSupportConfiguration.class,
		FastPasswordHashing.class })
public @interface IntegrationTest {

}
