package kr.valuemall.account.membership;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

import kr.valuemall.account.AccountApi;
import kr.valuemall.account.MallUser;

/**
 * Tells every page whether the signed-in account's address is still unverified, for the
 * banner with its resend button: one primary-key lookup, made only when a page is
 * rendered (not for a form that redirects), none for visitors or for image and actuator
 * requests.
 */
@ControllerAdvice(basePackages = "kr.valuemall")
class VerificationBannerAdvice {

	static final String ATTRIBUTE = "emailUnverified";

	private final AccountApi accounts;

	VerificationBannerAdvice(AccountApi accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute(ATTRIBUTE)
	LazyContextVariable<Boolean> emailUnverified(@AuthenticationPrincipal MallUser user, HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (user == null || path.startsWith("/images/") || path.startsWith("/actuator")) {
			return null;
		}
		long accountId = user.getId();
		return new LazyContextVariable<>() {

			@Override
			protected Boolean loadValue() {
				return VerificationBannerAdvice.this.accounts.isEmailUnverified(accountId);
			}

		};
	}

}
