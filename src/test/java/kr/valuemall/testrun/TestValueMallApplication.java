package kr.valuemall;

import org.springframework.boot.SpringApplication;

/**
 * Runs the mall against the test database ({@link TestcontainersConfiguration}) with demo
 * data: {@code ./mvnw spring-boot:test-run}.
 */
public class TestValueMallApplication {

	public static void main(String[] args) {
		SpringApplication.from(ValueMallApplication::main)
			.with(TestcontainersConfiguration.class)
			.withAdditionalProfiles("demo")
			.run(args);
	}

}
