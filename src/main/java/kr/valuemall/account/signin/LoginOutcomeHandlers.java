package kr.valuemall.account.signin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import kr.valuemall.account.membership.AccountService;

/**
 * Tells the login throttle ({@link LoginThrottle}, never a lock) that an attempt was the
 * holder's, and keeps the typed e-mail address when the login page is shown again. A
 * wrong password and an unknown address get the same answer.
 */
@Component
public class LoginOutcomeHandlers {

	public static final String LAST_EMAIL = "lastEmail";

	private final AccountService accounts;

	private final LoginThrottle throttle;

	// The login form is handled in the security filter chain, before the
	// DispatcherServlet
	// that would otherwise hand out its FlashMapManager; both keep flash maps in the
	// session.
	private final FlashMapManager flashMaps = new SessionFlashMapManager();

	LoginOutcomeHandlers(AccountService accounts, LoginThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
	}

	AuthenticationSuccessHandler success() {
		SavedRequestAwareAuthenticationSuccessHandler savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();
		savedRequest.setDefaultTargetUrl("/");
		return (request, response, authentication) -> {
			this.accounts.recordSuccessfulLogin(authentication.getName());
			this.throttle.succeeded(request, authentication.getName());
			savedRequest.onAuthenticationSuccess(request, response, authentication);
		};
	}

	AuthenticationFailureHandler failure() {
		return this::onFailure;
	}

	private void onFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		String email = request.getParameter("email");
		FlashMap flash = new FlashMap();
		flash.put(LAST_EMAIL, (email != null) ? email.trim() : "");
		flash.setTargetRequestPath(request.getContextPath() + "/login");
		this.flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

}
