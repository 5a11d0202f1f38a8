package kr.valuemall.origin;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report form the product page includes: it posts to the report endpoint with its
 * CSRF token, in the shopper's language.
 */
@IntegrationTest
class ReportFormFragmentTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theFragmentPostsTheReasonWithItsCsrfToken() throws Exception {
		this.mvc.perform(get("/test/origin/report-form/42"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("action=\"/products/42/import-reports\""),
					containsString("name=\"_csrf\""), containsString("name=\"reason\""), containsString("수입품 신고"))));
		this.mvc.perform(get("/test/origin/report-form/42?lang=en"))
			.andExpect(content().string(containsString("Report as imported")));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FragmentPageConfiguration {

		@Bean
		FragmentPage reportFormFragmentPage() {
			return new FragmentPage();
		}

	}

	/** Renders the fragment alone, as the product page will include it. */
	@Controller
	static class FragmentPage {

		@GetMapping("/test/origin/report-form/{listingId}")
		String show(@PathVariable long listingId, Model model) {
			model.addAttribute("listingId", listingId);
			return "origin/reportForm :: reportForm(listingId=${listingId})";
		}

	}

}
