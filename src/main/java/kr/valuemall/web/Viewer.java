package kr.valuemall.web;

import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking at the page, for templates: {@code th:if="${@viewer.signedIn()}"},
 * {@code ${@viewer.hasRole('ADMIN')}}. It answers what {@code sec:authorize} answered
 * ({@code isAuthenticated()}, {@code hasRole}, {@code hasAnyRole}) from the security
 * context directly; {@code sec:authorize} parsed its expression and built a web
 * evaluation context on every use, a tenth of a product page's rendering.
 */
@Component("viewer")
public class Viewer {

	private static final String ROLE_PREFIX = "ROLE_";

	public boolean signedIn() {
		return isSignedIn();
	}

	/** Whether someone is signed in on this request (not the anonymous visitor). */
	public static boolean isSignedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	public boolean anonymous() {
		return !signedIn();
	}

	public boolean hasRole(String role) {
		return hasAnyRole(role);
	}

	public boolean hasAnyRole(String... roles) {
		if (!signedIn()) {
			return false;
		}
		Set<String> wanted = Set.of(roles);
		for (GrantedAuthority authority : SecurityContextHolder.getContext().getAuthentication().getAuthorities()) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith(ROLE_PREFIX) && wanted.contains(name.substring(ROLE_PREFIX.length()))) {
				return true;
			}
		}
		return false;
	}

}
