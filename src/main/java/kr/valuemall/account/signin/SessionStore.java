package kr.valuemall.account.signin;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sessions live in PostgreSQL. Two requests of one browser at once (two tabs, a form sent
 * twice) both stored a new session attribute, and the second one's INSERT hit the
 * attributes' primary key: a 500 for a visitor who had done nothing wrong. Spring
 * Session's PostgreSQL statements write attributes with {@code ON CONFLICT DO UPDATE}. A
 * request reads its session once ({@link SavedSessionReuse}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	/**
	 * The session repository Spring Boot made, asked through the mall's advice: the
	 * session saved in this request given back ({@link SavedSessionReuse}), the last
	 * access written once a minute ({@link LastAccessWrites}), the reads outside a
	 * transaction ({@link SessionTransactions}).
	 */
	@Bean
	static BeanPostProcessor sessionRepositoryAdvice() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof JdbcIndexedSessionRepository)) {
					return bean;
				}
				ProxyFactory proxy = new ProxyFactory(bean);
				proxy.setProxyTargetClass(true);
				proxy.addAdvice(SavedSessionReuse.remembering());
				proxy.addAdvice(new LastAccessWrites());
				proxy.addAdvice(SessionTransactions.reads());
				return proxy.getProxy(bean.getClass().getClassLoader());
			}

		};
	}

	/**
	 * Spring Session's transactions (named for its configuration's qualifier); not a
	 * candidate for anything else, so Spring Boot's own {@code TransactionTemplate}
	 * stays.
	 */
	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
		return new SessionTransactions(dataSource);
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
