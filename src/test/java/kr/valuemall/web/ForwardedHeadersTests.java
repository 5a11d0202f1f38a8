package kr.valuemall.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.filter.ForwardedHeaderFilter;

import kr.valuemall.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Behind the production proxy (application-prod.yml: {@code forward-headers-strategy:
 * framework}, so Spring's ForwardedHeaderFilter runs before every other filter): the
 * shopper's scheme and host come from X-Forwarded-Proto and -Host, so HSTS and Secure
 * cookies follow HTTPS and redirects keep the public host; absolute links come from the
 * site URL, whatever Host header a client sends. The mall's own filters and security
 * chain are the ones the integration tests use, with that one filter in front.
 */
@IntegrationTest
class ForwardedHeadersTests {

	private static final String PUBLIC_HOST = "www.valuemall.go.kr";

	@Autowired
	WebApplicationContext context;

	@Autowired
	SiteLinks siteLinks;

	MockMvc mvc;

	@Autowired
	List<MockMvcBuilderCustomizer> customizers;

	@BeforeEach
	void behindTheProxy() {
		DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(this.context);
		builder.addFilters(new ForwardedHeaderFilter());
		// The mall's filters (sessions, security) and Spring Security's test support, as
		// @AutoConfigureMockMvc adds them; Boot's own customizer is made afresh, without
		// printing, as it registers its printer in the context each time it runs.
		SpringBootMockMvcBuilderCustomizer mallFilters = new SpringBootMockMvcBuilderCustomizer(this.context);
		mallFilters.setPrint(MockMvcPrint.NONE);
		mallFilters.customize(builder);
		this.customizers.stream()
			.filter((customizer) -> !(customizer instanceof SpringBootMockMvcBuilderCustomizer))
			.forEach((customizer) -> customizer.customize(builder));
		this.mvc = builder.build();
	}

	/**
	 * HSTS is written only for a request that is secure, as the CSRF cookie is made
	 * Secure only for one: the security chain sees the shopper's HTTPS. (The cookies
	 * themselves are not checked here: in the shared test context Spring Security's
	 * csrf() test support has swapped the cookie repository for a session one, and under
	 * MockMvc the session cookie takes the mock servlet context's settings;
	 * application-prod.yml makes the session cookie always Secure, see
	 * ProductionSettingsTests.)
	 */
	@Test
	void theSecurityChainSeesHttpsWhereTheProxySaysSo() throws Exception {
		MockHttpServletResponse https = perform(viaProxy(get("/login"), "https"));
		assertThat(https.getHeader("Strict-Transport-Security")).contains("max-age=");

		MockHttpServletResponse http = perform(viaProxy(get("/login"), "http"));
		assertThat(http.getHeader("Strict-Transport-Security")).isNull();
	}

	@Test
	void aRedirectKeepsThePublicSchemeAndHost() throws Exception {
		MockHttpServletResponse redirect = perform(viaProxy(get("/orders"), "https"));
		assertThat(redirect.getStatus()).isEqualTo(302);
		assertThat(redirect.getRedirectedUrl()).satisfiesAnyOf((url) -> assertThat(url).isEqualTo("/login"),
				(url) -> assertThat(url).isEqualTo("https://" + PUBLIC_HOST + "/login"));
	}

	@Test
	void aForgedHostHeaderReachesNoLinkAndNoRedirect() throws Exception {
		MockHttpServletResponse home = perform(get("/").header("Host", "evil.example"));
		assertThat(home.getContentAsString()).contains("<link rel=\"canonical\" href=\"" + this.siteLinks.baseUrl())
			.doesNotContain("evil.example");

		MockHttpServletResponse redirect = perform(get("/orders").header("Host", "evil.example"));
		assertThat(redirect.getRedirectedUrl()).doesNotContain("evil.example");
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static MockHttpServletRequestBuilder viaProxy(MockHttpServletRequestBuilder request, String scheme) {
		return request.header("X-Forwarded-Proto", scheme)
			.header("X-Forwarded-Host", PUBLIC_HOST)
			.header("X-Forwarded-Port", scheme.equals("https") ? "443" : "80");
	}

}
