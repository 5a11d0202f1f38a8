package kr.valuemall;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

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
 * fresh database made for this test run on the PostgreSQL named by the environment
 * ({@link LocalTestDatabase}).
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
	JdbcConnectionDetails localTestDatabase() {
		return LocalTestDatabase.forThisRun();
	}

	static final class DockerAvailable implements Condition {

		private static Boolean available;

		static synchronized boolean dockerAvailable() {
			if (available == null) {
				available = DockerClientFactory.instance().isDockerAvailable();
			}
			return available;
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
