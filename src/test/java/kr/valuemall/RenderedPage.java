package kr.valuemall;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A form page as the visitor gets it back, and the message shown next to one of its
 * fields: what the controller slice tests read.
 */
public final class RenderedPage {

	private RenderedPage() {
	}

	/** The page, which must have been answered with 200. */
	public static Document of(MockMvc mvc, RequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	/** The error message beside the field ({@code <field>-error}), or null when none. */
	public static String errorFor(Document page, String field) {
		Element error = page.getElementById(field + "-error");
		return (error != null) ? error.text() : null;
	}

}
