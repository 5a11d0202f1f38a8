package kr.valuemall.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccessRulesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		for (String path : new String[] { "/admin", "/seller", "/seller/apply", "/orders" }) {
			this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void publicPagesAreOpenToEveryone() throws Exception {
		for (String path : new String[] { "/", "/products", "/login", "/signup", "/cart", "/actuator/health" }) {
			this.mvc.perform(get(path)).andExpect(status().isOk());
		}
	}

	@Test
	void shopperIsRefusedStaffAndSellerAreas() throws Exception {
		this.mvc.perform(get("/admin").with(user(TestUsers.shopper()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/sellers").with(user(TestUsers.shopper()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/seller/products").with(user(TestUsers.shopper()))).andExpect(status().isForbidden());
	}

	@Test
	void aShopperWithoutAnApplicationIsSentToApply() throws Exception {
		this.mvc.perform(get("/seller").with(user(TestUsers.shopper()))).andExpect(redirectedUrl("/seller/apply"));
		this.mvc.perform(get("/seller/apply").with(user(TestUsers.shopper()))).andExpect(status().isOk());
	}

	@Test
	void anySignedInAccountMayOpenTheSellerApplication() throws Exception {
		this.mvc.perform(get("/seller/apply").with(user(TestUsers.admin()))).andExpect(status().isOk());
	}

	@Test
	void sellersAreRefusedStaffPages() throws Exception {
		this.mvc.perform(get("/admin").with(user(TestUsers.seller()))).andExpect(status().isForbidden());
	}

	@Test
	void staffReachStaffHomeButNotTheSellerCentre() throws Exception {
		this.mvc.perform(get("/admin").with(user(TestUsers.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("관리자 홈")));
		this.mvc.perform(get("/seller/products").with(user(TestUsers.admin()))).andExpect(status().isForbidden());
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		this.mvc.perform(post("/signup").param("email", "a@example.com")).andExpect(status().isForbidden());
		this.mvc.perform(post("/login").param("email", "a@example.com").param("password", "x"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").with(user(TestUsers.shopper()))).andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").with(user(TestUsers.shopper())).with(csrf())).andExpect(status().isFound());
	}

	@Test
	void everyPageCarriesTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("script-src 'self'"), not(containsString("unsafe-inline")),
							containsString("frame-ancestors 'none'"))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void actuatorShowsHealthToAllAndInfoToTheOperatorOnly() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"status\":\"UP\"")));
		this.mvc.perform(get("/actuator/info")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/actuator/info").with(user(TestUsers.shopper()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/info").with(user(TestUsers.admin()))).andExpect(status().isOk());
		for (String endpoint : new String[] { "env", "beans", "configprops", "heapdump", "mappings", "loggers" }) {
			this.mvc.perform(get("/actuator/" + endpoint).with(user(TestUsers.admin())))
				.andExpect(status().isNotFound());
		}
	}

}
