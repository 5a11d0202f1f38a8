package kr.valuemall;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The mall's own error pages (templates/error/*.html) in the web slice. Boot resolves
 * them only where a DispatcherServlet bean exists, which a MockMvc slice has not; without
 * this, a slice test would see Boot's whitelabel page where a visitor sees the mall's.
 */
@TestConfiguration(proxyBeanMethods = false)
class SliceErrorViews {

	@Bean
	DefaultErrorViewResolver conventionErrorViewResolver(ApplicationContext context, WebProperties web) {
		return new DefaultErrorViewResolver(context, web.getResources());
	}

}
