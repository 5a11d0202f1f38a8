package kr.valuemall.web;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Korean by default; {@code ?lang=en} switches to English and a cookie remembers the
 * choice.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	static final Set<String> SUPPORTED_LANGUAGES = Set.of("ko", "en");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
		resolver.setDefaultLocale(Locale.KOREAN);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	/**
	 * Before the session and security filters, which read cookies and parameters, and
	 * after the character encoding is set (the highest precedence), since reading the
	 * parameters fixes it.
	 */
	@Bean
	FilterRegistrationBean<RequestHygieneFilter> requestHygieneFilter() {
		FilterRegistrationBean<RequestHygieneFilter> registration = new FilterRegistrationBean<>(
				new RequestHygieneFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		return registration;
	}

	/**
	 * Before the session filter, so a session that cannot be loaded gets the 503 page.
	 */
	@Bean
	FilterRegistrationBean<DatabaseUnavailable.Filter> databaseUnavailableFilter() {
		FilterRegistrationBean<DatabaseUnavailable.Filter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailable.Filter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	@Bean
	static DatabaseUnavailable.FailFastWrapping failFastDataSource() {
		return new DatabaseUnavailable.FailFastWrapping();
	}

	/** Korean particles agree with the words the arguments put before them. */
	@Bean
	static KoreanParticleMessages.Wrapping koreanParticleMessages() {
		return new KoreanParticleMessages.Wrapping();
	}

	@Bean
	static FormBindingRepair formBindingRepair() {
		return new FormBindingRepair();
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		DateFormats.register(registry);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new SupportedLanguageChangeInterceptor());
	}

	/** Ignores languages the mall does not speak instead of switching to them. */
	static class SupportedLanguageChangeInterceptor extends LocaleChangeInterceptor {

		SupportedLanguageChangeInterceptor() {
			setParamName("lang");
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws ServletException {
			String lang = request.getParameter(getParamName());
			if (lang != null && !SUPPORTED_LANGUAGES.contains(lang)) {
				return true;
			}
			return super.preHandle(request, response, handler);
		}

	}

}
