package kr.valuemall.account.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import kr.valuemall.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A session's row is written when something in it changed, and its last access once a
 * minute: not on every request.
 */
@IntegrationTest
class SessionWritesTests {

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aRequestWritesTheLastAccessOnlyWhenTheStoredOneIsAMinuteOld() throws Exception {
		Instant twoMinutesAgo = Instant.now().minus(Duration.ofMinutes(2));
		String id = TestSessions.saved(this.sessions, twoMinutesAgo);
		Cookie cookie = TestSessions.cookie(id);
		AtomicInteger saves = new AtomicInteger();
		AtomicInteger readsInTransactions = new AtomicInteger();
		// Runs after the mall's own advice: counts the saves and reads that reach Spring
		// Session.
		MethodInterceptor counting = (invocation) -> {
			String method = invocation.getMethod().getName();
			if (method.equals("save")) {
				saves.incrementAndGet();
			}
			if (method.equals("findById") && TransactionSynchronizationManager.isActualTransactionActive()) {
				readsInTransactions.incrementAndGet();
			}
			return invocation.proceed();
		};
		Advised repository = (Advised) this.sessions;
		repository.addAdvice(counting);
		try {
			this.mvc.perform(get("/cart").cookie(cookie)).andExpect(status().isOk());
			long written = lastAccess(id);
			assertThat(written).as("a two-minute-old last access is written")
				.isGreaterThan(twoMinutesAgo.toEpochMilli());
			assertThat(saves).hasValue(1);

			this.mvc.perform(get("/cart").cookie(cookie)).andExpect(status().isOk());
			this.mvc.perform(get("/cart").cookie(cookie)).andExpect(status().isOk());
			assertThat(lastAccess(id)).as("seconds later it is left alone").isEqualTo(written);
			assertThat(saves).as("nothing else changed: nothing saved").hasValue(1);
			assertThat(readsInTransactions).as("reads outside a transaction").hasValue(0);
		}
		finally {
			repository.removeAdvice(counting);
		}
		assertThat(TestSessions.seen(this.sessions, id)).isEqualTo("before");
	}

	@Test
	void aChangedAttributeIsSavedWhateverTheLastAccess() {
		String id = TestSessions.saved(this.sessions, Instant.now());
		changeSeen(this.sessions, id, "after");
		assertThat(TestSessions.seen(this.sessions, id)).isEqualTo("after");
		assertThat(lastAccess(id)).as("the last access comes along as it is")
			.isLessThanOrEqualTo(Instant.now().toEpochMilli());
	}

	private long lastAccess(String id) {
		return this.jdbc.sql("SELECT last_access_time FROM spring_session WHERE session_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private static <S extends Session> void changeSeen(SessionRepository<S> repository, String id, String value) {
		S session = repository.findById(id);
		session.setLastAccessedTime(Instant.now());
		session.setAttribute("seen", value);
		repository.save(session);
	}

}
