package kr.valuemall;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Keeps {@code spring-boot:run} working where the {@code docker} client exists but no
 * engine runs: spring-boot-docker-compose would stop the start with
 * DockerNotRunningException, so when no engine answers, compose support is switched off
 * and the local PostgreSQL named by {@code spring.datasource.*} is used instead.
 */
class LocalDatabaseFallback implements EnvironmentPostProcessor, Ordered {

	/**
	 * Commons Logging's {@code Log}, the one exception to SLF4J: Boot hands environment
	 * post-processors a deferred log of that type, written once logging is set up.
	 */
	private final Log logger;

	private static final String COMPOSE_LISTENER = "org.springframework.boot.docker.compose.lifecycle.DockerComposeListener";

	private static final String COMPOSE_ENABLED = "spring.docker.compose.enabled";

	LocalDatabaseFallback(DeferredLogFactory logFactory) {
		this.logger = logFactory.getLog(LocalDatabaseFallback.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!ClassUtils.isPresent(COMPOSE_LISTENER, application.getClassLoader())
				|| environment.containsProperty(COMPOSE_ENABLED)) {
			return;
		}
		if (environment.containsProperty("SPRING_DATASOURCE_URL")) {
			disableCompose(environment);
			return;
		}
		if (!dockerEngineAnswers()) {
			disableCompose(environment);
			this.logger.info("No Docker engine answers: using the PostgreSQL at "
					+ environment.getProperty("spring.datasource.url")
					+ " (set SPRING_DATASOURCE_URL to choose another).");
		}
	}

	private static void disableCompose(ConfigurableEnvironment environment) {
		environment.getPropertySources()
			.addFirst(new MapPropertySource("valuemallLocalDatabase", Map.of(COMPOSE_ENABLED, "false")));
	}

	static boolean dockerEngineAnswers() {
		try {
			Process process = new ProcessBuilder("docker", "info", "--format", "{{.ServerVersion}}")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return false;
			}
			return process.exitValue() == 0;
		}
		catch (Exception ex) {
			return false;
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
