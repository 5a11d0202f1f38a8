package kr.valuemall.shared.throttle;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every {@link Throttled} handler goes through one interceptor. */
@Configuration(proxyBeanMethods = false)
class ThrottleConfig implements WebMvcConfigurer {

	private final Throttles throttles;

	ThrottleConfig(Throttles throttles) {
		this.throttles = throttles;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ThrottleInterceptor(this.throttles));
	}

}
