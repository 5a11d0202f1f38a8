package kr.valuemall.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.valuemall.ErrorPages;
import kr.valuemall.WebSliceTest;
import kr.valuemall.account.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Which error page a visitor sees when a request cannot be served: 400 for an address or
 * parameter of the wrong type (not a 500), 404 for what is not there (a typed not-found
 * exception included), 403 for another role's pages, the login page for visitors; each
 * the mall's styled page in the visitor's language, with nothing of the exception on it.
 * How races and defects at the database are told apart is in
 * {@code OriginStaffConflictSliceTests}, where the pages that meet them are.
 */
@WebSliceTest
class ErrorMappingSliceTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anAddressOrParameterOfTheWrongTypeShowsTheBadRequestPage() throws Exception {
		for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] { get("/products/abc"),
				get("/products/7/reviews").param("page", "two"),
				get("/reviews/new").param("line", "1e3").with(user(TestUsers.shopper())) }) {
			Document shown = shown(request, 400);
			assertThat(shown.select("h1").text()).isEqualTo("요청을 처리할 수 없습니다");
			assertThat(shown.html()).doesNotContain("NumberFormatException", "MethodArgumentTypeMismatch",
					"Failed to convert");
		}
	}

	@Test
	void aProductThatIsNotShownIsTheNotFoundPageWithNothingOfTheException() throws Exception {
		// The mocked storefront and repository know no product 42, as for a draft or
		// another seller's hidden listing.
		Document korean = shown(get("/products/42"), 404);
		assertThat(korean.select("h1").text()).isEqualTo("페이지를 찾을 수 없습니다");
		assertThat(korean.select(".error-code").text()).isEqualTo("404");
		assertThat(korean.html()).doesNotContain("No product", "ProductNotFound");
		assertThat(korean.select("footer").text()).contains("사업자등록번호");

		Document english = shown(get("/products/42").param("lang", "en"), 404);
		assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(english.select("h1").text()).isEqualTo("Page not found");
	}

	@Test
	void anUnknownAddressIsTheNotFoundPage() throws Exception {
		assertThat(shown(get("/no-such-page"), 404).select("h1").text()).isEqualTo("페이지를 찾을 수 없습니다");
	}

	@Test
	void anotherRolesPageIsTheForbiddenPageAndVisitorsAreSentToLogIn() throws Exception {
		Document refused = shown(get("/admin").with(user(TestUsers.shopper())), 403);
		assertThat(refused.select("h1").text()).isEqualTo("이 페이지를 볼 권한이 없습니다");
		assertThat(refused.text()).doesNotContain("Forbidden", "Access Denied");
		assertThat(shown(get("/admin/settlements").with(user(TestUsers.seller())), 403).select("h1").text())
			.isEqualTo("이 페이지를 볼 권한이 없습니다");
		for (String path : new String[] { "/orders", "/checkout", "/notifications", "/seller/products", "/admin" }) {
			this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
	}

	private Document shown(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
		MvcResult result = this.mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn();
		return ErrorPages.shownFor(this.mvc, result);
	}

}
