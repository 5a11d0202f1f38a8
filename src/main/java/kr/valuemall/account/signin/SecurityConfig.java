package kr.valuemall.account.signin;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import kr.valuemall.account.Role;
import kr.valuemall.web.PageCacheHeaders;

/**
 * Who may open what. Shoppers browse freely; {@code /seller/**} is for approved sellers,
 * except {@code /seller} (an applicant's status) and {@code /seller/apply}, open to any
 * signed-in account, as is reporting a listing; {@code /admin/**} is for staff: the
 * operator (ADMIN) everywhere, reviewers (REVIEWER) on the application and listing desks,
 * the ministry (MINISTRY) reading the reports.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

	/** Scripts and styles only from the mall itself: no inline script can run. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/**
	 * The checkout's policy: the same, plus the Kakao (Daum) postcode service that the
	 * "find postcode" button loads on click. Its loader and core script come from
	 * t1.daumcdn.net, and it shows its search in a frame from postcode.map.daum.net
	 * (postcode.map.kakao.com as Kakao moves it). No other page may load them.
	 */
	static final String CHECKOUT_CONTENT_SECURITY_POLICY = "default-src 'self'; "
			+ "script-src 'self' https://t1.daumcdn.net; style-src 'self'; img-src 'self' data:; font-src 'self'; "
			+ "frame-src https://postcode.map.daum.net https://postcode.map.kakao.com; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * No observation of each security filter: with Micrometer on the class path Spring
	 * Security times every filter of every request into meters that nothing reads (the
	 * mall exposes no metrics endpoint), which was a twentieth of a product page's CPU.
	 * Requests are still timed once as a whole ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginOutcomeHandlers loginOutcome,
			LoginThrottle loginThrottle) throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
					.permitAll()
					.requestMatchers("/css/**", "/js/**", "/images/**", "/favicon.ico", "/error", "/actuator/health",
							"/actuator/health/**")
					.permitAll()
					// The build's version and commit are for the operator, not for anyone
					// looking for a known hole in that version.
					.requestMatchers("/actuator/info")
					.hasRole(Role.ADMIN.name())
					.requestMatchers("/account/verify", "/account/email/confirm", "/account/deleted")
					.permitAll()
					.requestMatchers("/account", "/account/**")
					.authenticated()
					.requestMatchers("/seller", "/seller/apply", "/seller/apply/**", "/products/*/import-reports")
					.authenticated()
					.requestMatchers("/seller/**")
					.hasRole(Role.SELLER.name())
					// Reviewers decide applications and listings, not the screening
					// rules, and they do not suspend stores.
					.requestMatchers("/admin/listings/rules", "/admin/listings/rules/**", "/admin/sellers/*/suspend",
							"/admin/sellers/*/reinstate")
					.hasRole(Role.ADMIN.name())
					// One seller's page is for the ministry too (read only).
					.requestMatchers(HttpMethod.GET, "/admin/sellers/*")
					.hasAnyRole(Role.ADMIN.name(), Role.REVIEWER.name(), Role.MINISTRY.name())
					.requestMatchers("/admin/sellers", "/admin/sellers/**", "/admin/listings", "/admin/listings/**")
					.hasAnyRole(Role.ADMIN.name(), Role.REVIEWER.name())
					// The ministry reads the reports; it changes nothing.
					.requestMatchers(HttpMethod.GET, "/admin/reports", "/admin/reports/**")
					.hasAnyRole(Role.ADMIN.name(), Role.MINISTRY.name())
					.requestMatchers(HttpMethod.GET, "/admin")
					.hasAnyRole(Role.ADMIN.name(), Role.REVIEWER.name(), Role.MINISTRY.name())
					.requestMatchers("/admin", "/admin/**")
					.hasRole(Role.ADMIN.name())
					.requestMatchers("/actuator/**", "/checkout", "/checkout/**", "/orders", "/orders/**",
							"/notifications", "/notifications/**")
					.authenticated()
					.requestMatchers("/reviews/**")
					.authenticated()
					.requestMatchers("/wishlist", "/wishlist/**", "/questions", "/questions/**")
					.authenticated()
					.requestMatchers(HttpMethod.POST, "/products/*/questions")
					.authenticated()
					.anyRequest()
					.permitAll());
		http.formLogin((form) -> form.loginPage("/login")
			.usernameParameter("email")
			.passwordParameter("password")
			.successHandler(loginOutcome.success())
			.failureHandler(loginOutcome.failure())
			.permitAll());
		// A client still waiting after wrong passwords is answered before its password is
		// checked.
		http.addFilterBefore(loginThrottle.filter(), UsernamePasswordAuthenticationFilter.class);
		http.logout((logout) -> logout.logoutUrl("/logout")
			.logoutSuccessUrl("/?loggedOut")
			.invalidateHttpSession(true)
			.clearAuthentication(true)
			.deleteCookies("SESSION", "recent"));
		http.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()));
		// The CSRF token lives in its own HttpOnly cookie, not in the session: a visitor
		// who only browses (product pages carry the add-to-cart form) costs no session
		// row in PostgreSQL. Tokens are made with each thread's own random (CsrfTokens).
		http.csrf((csrf) -> csrf.csrfTokenRepository(new CsrfTokens()).csrfTokenRequestHandler(CsrfTokens.masking()));
		// Caching is decided per page (PageCacheHeaders) instead of Spring Security's
		// no-store on everything, which kept the back button from using the browser's
		// cache.
		RequestMatcher checkoutPage = PathPatternRequestMatcher.withDefaults().matcher("/checkout");
		http.headers((headers) -> headers.cacheControl((cache) -> cache.disable())
			.addHeaderWriter(new PageCacheHeaders())
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(checkoutPage,
					new ContentSecurityPolicyHeaderWriter(CHECKOUT_CONTENT_SECURITY_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(checkoutPage),
					new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

}
