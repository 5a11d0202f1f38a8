package kr.valuemall.web;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The category menu and the footer are rendered once per language and kept: each language
 * still gets its own, signed in or not, page after page.
 */
@IntegrationTest
class LayoutPartsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	LayoutParts parts;

	@Test
	void everyPageShowsTheMenuAndFooterOfItsOwnLanguage() throws Exception {
		this.parts.clear();
		for (int view = 0; view < 2; view++) {
			Document korean = page(get("/"));
			assertThat(korean.select("nav.category-menu .category-list a").eachText()).contains("가구/인테리어", "식품");
			assertThat(korean.select("nav.category-menu .category-list a").first().attr("href"))
				.isEqualTo("/products?category=furniture-interior");
			assertThat(korean.select("footer.site-footer .legal-links").text()).contains("이용약관");

			Document english = page(get("/products").param("lang", "en"));
			assertThat(english.select("nav.category-menu .category-list a").eachText())
				.contains("Furniture & Interior", "Food")
				.doesNotContain("식품");
			assertThat(english.select("footer.site-footer .legal-links").text()).contains("Terms")
				.doesNotContain("이용약관");
		}
		Document signedIn = page(get("/").with(user(this.accounts.create("메뉴 확인"))));
		assertThat(signedIn.select("nav.category-menu .category-list a").eachText()).contains("가구/인테리어");
		assertThat(signedIn.select("nav.category-menu")).hasSize(1);
		assertThat(signedIn.select("footer.site-footer")).hasSize(1);
	}

	private Document page(RequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
