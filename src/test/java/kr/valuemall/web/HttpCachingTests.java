package kr.valuemall.web;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What browsers may keep: static files a year under names that change with their content,
 * public pages with an ETag (asked again, answered 304), signed-in pages never.
 */
@IntegrationTest
class HttpCachingTests {

	private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/mall-[0-9a-f]{32}\\.css)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void staticFilesHaveHashedNamesAndAreKeptAYear() throws Exception {
		String page = this.mvc.perform(get("/terms"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher stylesheet = STYLESHEET.matcher(page);
		assertThat(stylesheet.find()).as("the layout links the stylesheet by its hashed name").isTrue();
		assertThat(page).containsPattern("src=\"/js/mall-[0-9a-f]{32}\\.js\"");
		this.mvc.perform(get(stylesheet.group(1)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
	}

	@Test
	void theIconAskedForByItsOldNameIsSentOnToTheMallsIcon() throws Exception {
		this.mvc.perform(get("/favicon.ico"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/images/favicon.svg"));
		this.mvc.perform(get("/images/favicon.svg"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/svg+xml"));
	}

	@Test
	void aPublicPageMayBeKeptAndAnUnchangedOneIsAnswered304() throws Exception {
		MvcResult first = this.mvc.perform(get("/terms"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-cache"))
			.andReturn();
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		this.mvc.perform(get("/terms").header("If-None-Match", etag)).andExpect(status().isNotModified());
	}

	@Test
	void aSignedInPageIsNeverKept() throws Exception {
		MallUser shopper = this.accounts.create("캐시없음");
		this.mvc.perform(get("/orders").with(user(shopper)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "private, no-store"));
	}

}
