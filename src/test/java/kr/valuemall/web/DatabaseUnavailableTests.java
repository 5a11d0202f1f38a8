package kr.valuemall.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class DatabaseUnavailableTests {

	private final DataSource pool = mock(DataSource.class);

	private final DataSource dataSource = new DatabaseUnavailable.FailFastDataSource(this.pool);

	@Test
	void aRequestThatFoundTheDatabaseOutOfReachGetsThe503AndDoesNotWaitForItAgain() throws Exception {
		given(this.pool.getConnection()).willThrow(new SQLTransientConnectionException("timed out", "08001"));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
			@Override
			protected void service(jakarta.servlet.http.HttpServletRequest req,
					jakarta.servlet.http.HttpServletResponse res) {
				for (int i = 0; i < 3; i++) {
					assertThatExceptionOfType(SQLException.class)
						.isThrownBy(DatabaseUnavailableTests.this.dataSource::getConnection);
				}
				// what a session store or a repository turns it into
				throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
						new SQLTransientConnectionException("timed out", "08001"));
			}
		});

		new DatabaseUnavailable.Filter().doFilter(request, response, chain);

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("30");
		assertThat(request.getAttribute(DatabaseUnavailable.UNAVAILABLE)).isEqualTo(Boolean.TRUE);
		verify(this.pool, times(1)).getConnection();
	}

	@Test
	void outsideARequestEveryAttemptGoesToThePool() throws Exception {
		given(this.pool.getConnection()).willThrow(new SQLTransientConnectionException("timed out", "08001"));
		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(SQLException.class).isThrownBy(this.dataSource::getConnection);
		}
		verify(this.pool, times(3)).getConnection();
	}

	@Test
	void otherFailuresAreNotTakenForTheDatabase() {
		assertThat(DatabaseUnavailable.isCause(new IllegalStateException("a defect"))).isFalse();
		assertThat(DatabaseUnavailable.isCause(new SQLException("syntax error", "42601"))).isFalse();
		assertThat(DatabaseUnavailable.isCause(new RuntimeException(new SQLException("admin shutdown", "57P01"))))
			.isTrue();
	}

}
