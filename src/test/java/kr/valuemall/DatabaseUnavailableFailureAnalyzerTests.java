package kr.valuemall;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableFailureAnalyzerTests {

	private final DatabaseUnavailableFailureAnalyzer analyzer = new DatabaseUnavailableFailureAnalyzer(
			new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/valuemall"));

	@Test
	void nothingListeningSaysWhereAndWhatToDo() {
		FailureAnalysis analysis = this.analyzer.analyze(new IllegalStateException("Flyway failed",
				new SQLException("Connection refused", "08001", new ConnectException("Connection refused"))));
		assertThat(analysis.getDescription())
			.isEqualTo("Value Mall cannot use PostgreSQL at jdbc:postgresql://127.0.0.1:5432/valuemall: "
					+ "nothing answers there.");
		assertThat(analysis.getAction()).contains("Start Docker", "CREATE DATABASE valuemall OWNER valuemall",
				"SPRING_DATASOURCE_URL");
	}

	@Test
	void aMissingDatabaseOrARefusedUserIsNamed() {
		assertThat(this.analyzer.analyze(new SQLException("database \"valuemall\" does not exist", "3D000"))
			.getDescription()).endsWith("the database does not exist.");
		assertThat(this.analyzer.analyze(new SQLException("password authentication failed", "28P01")).getDescription())
			.endsWith("the user or password was refused.");
	}

	@Test
	void otherFailuresAreLeftToSpringBoot() {
		assertThat(this.analyzer.analyze(new IllegalStateException("a bean is missing"))).isNull();
		assertThat(this.analyzer.analyze(new SQLException("duplicate key", "23505"))).isNull();
	}

}
