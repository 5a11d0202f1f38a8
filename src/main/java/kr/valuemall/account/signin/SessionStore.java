package kr.valuemall.account.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL. Two requests of one browser at once (two tabs, a form sent
 * twice) both stored a new session attribute, and the second one's INSERT hit the
 * attributes' primary key: a 500 for a visitor who had done nothing wrong. Spring
 * Session's PostgreSQL statements write attributes with {@code ON CONFLICT DO UPDATE}.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionStatements() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
