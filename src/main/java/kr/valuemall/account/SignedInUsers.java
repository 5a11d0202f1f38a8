package kr.valuemall.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import kr.valuemall.account.signin.AccountUserDetailsService;

/**
 * Brings a signed-in user's roles up to date in their session, e.g. after staff approved
 * them as a seller, so they need not log in again.
 */
@Component
public class SignedInUsers {

	private final AccountUserDetailsService users;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	SignedInUsers(AccountUserDetailsService users) {
		this.users = users;
	}

	public MallUser refresh(MallUser current, HttpServletRequest request, HttpServletResponse response) {
		MallUser fresh = (MallUser) this.users.loadUserByUsername(current.getUsername());
		SecurityContext context = this.holder.createEmptyContext();
		context
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
		return fresh;
	}

}
