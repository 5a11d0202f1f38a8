package kr.valuemall.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;

import kr.valuemall.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class HealthTests {

	@Autowired
	HealthEndpoint health;

	@Test
	void theDatabaseDecidesTheHealth() {
		assertThat(this.health.healthForPath("db").getStatus()).isEqualTo(Status.UP);
		assertThat(this.health.health().getStatus()).isEqualTo(Status.UP);
	}

}
