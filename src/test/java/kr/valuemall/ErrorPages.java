package kr.valuemall;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The page a visitor sees after a request ended in an error status. A servlet container
 * forwards such a request to {@code /error}; MockMvc has no container and stops at the
 * status, so slice tests take that step here, through the mall's real error controller,
 * templates and security chain.
 */
public final class ErrorPages {

	private ErrorPages() {
	}

	/** The error page for {@code failed}, in the language the visitor asked for. */
	public static Document shownFor(MockMvc mvc, MvcResult failed) throws Exception {
		MockHttpServletRequest request = failed.getRequest();
		int status = failed.getResponse().getStatus();
		MockHttpServletRequestBuilder forward = get("/error").accept(MediaType.TEXT_HTML).with((error) -> {
			error.setDispatcherType(DispatcherType.ERROR);
			return error;
		})
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		if (failed.getResolvedException() != null) {
			forward.requestAttr(RequestDispatcher.ERROR_EXCEPTION, failed.getResolvedException());
		}
		if (failed.getResponse().getErrorMessage() != null) {
			forward.requestAttr(RequestDispatcher.ERROR_MESSAGE, failed.getResponse().getErrorMessage());
		}
		if (request.getParameter("lang") != null) {
			forward.param("lang", request.getParameter("lang"));
		}
		String html = mvc.perform(forward)
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

}
