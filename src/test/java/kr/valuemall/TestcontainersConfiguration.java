package kr.valuemall;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Real PostgreSQL for every test: a container where a Docker engine runs, otherwise a
 * database made for this test run on the PostgreSQL named by the environment
 * ({@link LocalTestDatabase}). {@code valuemall.test.database} names the database's
 * purpose, so the demo mall and the integration tests each get one of their own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestcontainersConfiguration {

	static final String POSTGRES_IMAGE = "postgres:16.4-alpine";

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer(DockerImageName.parse(POSTGRES_IMAGE));
	}

	@Bean
	@Conditional(DockerUnavailable.class)
	JdbcConnectionDetails localTestDatabase(@Value("${valuemall.test.database:tests}") String purpose) {
		return LocalTestDatabase.lease(purpose);
	}

	static final class DockerAvailable implements Condition {

		private static final Logger logger = LoggerFactory.getLogger(TestcontainersConfiguration.class);

		private static Boolean available;

		static synchronized boolean dockerAvailable() {
			if (available == null) {
				available = mayHaveDocker() && DockerClientFactory.instance().isDockerAvailable();
				if (!available) {
					logger.info("No Docker engine here: tests use PostgreSQL on {}:{} (PGHOST, PGPORT)",
							env("PGHOST", "127.0.0.1"), env("PGPORT", "5432"));
				}
			}
			return available;
		}

		/**
		 * Whether anything points at a Docker engine. Where nothing does, Testcontainers
		 * is not asked: its search for one ends in a screen of ERROR lines that mean only
		 * "no Docker".
		 */
		private static boolean mayHaveDocker() {
			String home = System.getProperty("user.home");
			return System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"))
					|| Files.exists(Path.of(home, ".docker", "run", "docker.sock"))
					|| Files.exists(Path.of(home, ".testcontainers.properties"));
		}

		private static String env(String name, String fallback) {
			String value = System.getenv(name);
			return (value == null || value.isBlank()) ? fallback : value;
		}

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return dockerAvailable();
		}

	}

	static final class DockerUnavailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !DockerAvailable.dockerAvailable();
		}

	}

}
