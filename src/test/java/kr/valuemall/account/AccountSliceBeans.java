package kr.valuemall.account;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import kr.valuemall.account.membership.AccountService;
import kr.valuemall.account.signin.AccountUserDetailsService;
import kr.valuemall.account.signin.LoginOutcomeHandlers;
import kr.valuemall.account.signin.LoginThrottle;
import kr.valuemall.account.signin.SecurityConfig;
import kr.valuemall.account.staff.StaffAudit;
import kr.valuemall.account.staff.StaffMembers;

/**
 * The account module's part of {@link kr.valuemall.WebSliceTest}: the real security chain
 * (it lives here, package-private), and mocks for the services behind sign-up, login and
 * the signed-in user. Declared in this package because those classes are not visible
 * outside it.
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({ SecurityConfig.class, LoginOutcomeHandlers.class, LoginThrottle.class })
@MockitoBean(types = { AccountService.class, AccountUserDetailsService.class, SignedInUsers.class, AccountApi.class,
		StaffMembers.class, kr.valuemall.account.staff.StaffAudit.class, kr.valuemall.shared.throttle.Throttles.class })
public @interface AccountSliceBeans {

}
