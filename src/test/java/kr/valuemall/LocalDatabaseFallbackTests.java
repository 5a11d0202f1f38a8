package kr.valuemall;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class LocalDatabaseFallbackTests {

	private final LocalDatabaseFallback fallback = new LocalDatabaseFallback(new DeferredLogs());

	@Test
	void anExplicitDatabaseTurnsComposeOff() {
		MockEnvironment environment = new MockEnvironment().withProperty("SPRING_DATASOURCE_URL",
				"jdbc:postgresql://db.internal:5432/valuemall");
		this.fallback.postProcessEnvironment(environment, new SpringApplication(ValueMallApplication.class));
		assertThat(environment.getProperty("spring.docker.compose.enabled")).isEqualTo("false");
	}

	@Test
	void composeFollowsTheDockerEngineWhenNothingElseIsSaid() {
		MockEnvironment environment = new MockEnvironment();
		this.fallback.postProcessEnvironment(environment, new SpringApplication(ValueMallApplication.class));
		String expected = LocalDatabaseFallback.dockerEngineAnswers() ? null : "false";
		assertThat(environment.getProperty("spring.docker.compose.enabled")).isEqualTo(expected);
	}

	@Test
	void anExplicitChoiceIsKept() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.docker.compose.enabled", "true");
		this.fallback.postProcessEnvironment(environment, new SpringApplication(ValueMallApplication.class));
		assertThat(environment.getProperty("spring.docker.compose.enabled")).isEqualTo("true");
	}

}
