package kr.valuemall.testrun;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import kr.valuemall.TestcontainersConfiguration;
import kr.valuemall.ValueMallApplication;

/**
 * Runs the mall against the test database ({@link TestcontainersConfiguration}) with demo
 * data: {@code ./mvnw spring-boot:test-run}.
 * <p>
 * The annotation is for the Maven plugin only: the test classes hold several {@code main}
 * methods (the benchmarks), and the plugin picks the one on a
 * {@code @SpringBootApplication} class. The mall itself starts from
 * {@link ValueMallApplication}; this class is never a configuration source, and it lives
 * in a package of its own so that tests searching upwards for their configuration never
 * meet it.
 */
@SpringBootApplication
public class TestValueMallApplication {

	public static void main(String[] args) {
		SpringApplication.from(ValueMallApplication::main)
			.with(TestcontainersConfiguration.class)
			.withAdditionalProfiles("demo")
			.run(args);
	}

}
