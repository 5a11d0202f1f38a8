package kr.valuemall.account.signin;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A request reads its session from PostgreSQL once, where Spring Session read it again
 * after saving it; the next request reads it afresh.
 */
@IntegrationTest
class SessionReadsTests {

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Autowired
	MockMvc mvc;

	@Test
	void aRequestReadsItsSessionOnceAndTheNextReadsItAgain() throws Exception {
		String id = TestSessions.saved(this.sessions, Instant.now());
		Cookie cookie = TestSessions.cookie(id);
		AtomicInteger reads = new AtomicInteger();
		// Counts the reads that reach PostgreSQL: it runs after the mall's own advice.
		MethodInterceptor counting = (invocation) -> {
			if (invocation.getMethod().getName().equals("findById")) {
				reads.incrementAndGet();
			}
			return invocation.proceed();
		};
		Advised repository = (Advised) this.sessions;
		repository.addAdvice(counting);
		try {
			this.mvc.perform(get("/cart").cookie(cookie)).andExpect(status().isOk());
			assertThat(reads).as("one request").hasValue(1);

			this.mvc.perform(get("/cart").cookie(cookie)).andExpect(status().isOk());
			assertThat(reads).as("the next one reads it again").hasValue(2);
		}
		finally {
			repository.removeAdvice(counting);
		}
		assertThat(TestSessions.seen(this.sessions, id)).isEqualTo("before");
	}

}
