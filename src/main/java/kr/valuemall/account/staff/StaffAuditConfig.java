package kr.valuemall.account.staff;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every POST under {@code /admin} goes through the staff audit log. */
@Configuration(proxyBeanMethods = false)
class StaffAuditConfig implements WebMvcConfigurer {

	private final StaffAudit audit;

	StaffAuditConfig(StaffAudit audit) {
		this.audit = audit;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new StaffAuditInterceptor(this.audit)).addPathPatterns("/admin", "/admin/**");
	}

}
