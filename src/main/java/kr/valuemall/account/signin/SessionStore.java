package kr.valuemall.account.signin;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions live in PostgreSQL. Two requests of one browser at once (two tabs, a form sent
 * twice) both stored a new session attribute, and the second one's INSERT hit the
 * attributes' primary key: a 500 for a visitor who had done nothing wrong. Spring
 * Session's PostgreSQL statements write attributes with {@code ON CONFLICT DO UPDATE}. A
 * request reads its session once ({@link SavedSessionReuse}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	@Bean
	static BeanPostProcessor savedSessionReuse() {
		return SavedSessionReuse.repositories();
	}

	/** Around the session filter, so it sees the whole of each request. */
	@Bean
	FilterRegistrationBean<SavedSessionReuse> savedSessionReuseFilter() {
		FilterRegistrationBean<SavedSessionReuse> registration = new FilterRegistrationBean<>(new SavedSessionReuse());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionStatements() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
