package kr.valuemall;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo mall on a real port, as a shopper's browser meets it: real servlet container,
 * real error pages, real sessions in PostgreSQL. The demo mall has a database of its own,
 * so its seeding always runs in full, whatever the integration tests made first.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "valuemall.settlement.schedule=-", "spring.docker.compose.enabled=false",
				"valuemall.test.database=demo", "valuemall.demo.scale=small",
				"valuemall.throttle.exempt-addresses=127.0.0.1" })
@ActiveProfiles("demo")
@Import({ TestcontainersConfiguration.class, TestClockConfiguration.class, FastPasswordHashing.class, BrokenPages.class,
		TestMailConfiguration.class })
public @interface FullStackTest {

}
