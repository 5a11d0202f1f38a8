package kr.valuemall.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import kr.valuemall.FullStackTest;
import kr.valuemall.MallClient;
import kr.valuemall.MallClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo mall with the shared copies of visitors' pages on, as in production: a page
 * asked for again is sent from the copy, every visitor still gets a working form of its
 * own, and a signed-in shopper never gets a copy.
 */
@FullStackTest
class VisitorPagesTests {

	private static final String SEARCH = "/products?q=%EC%9B%90%EB%AA%A9";

	/** A visitor's token in a form. */
	private static final Pattern TOKEN_VALUE = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

	/** What the copy holds in place of a visitor's token. */
	private static final Pattern PLACEHOLDER = Pattern.compile("csrf[0-9a-f]{32}");

	@LocalServerPort
	int port;

	@Autowired
	VisitorPageCache copies;

	@Test
	void aSearchAskedForAgainIsSentFromTheCopyAsItWasRendered() {
		long hitsBefore = this.copies.stats().hitCount();
		List<String> pages = new ArrayList<>();
		// The search's results are kept 5 s, so a few loads in a row see one copy.
		for (int load = 0; load < 4; load++) {
			Page page = new MallClient(this.port).get(SEARCH);
			assertThat(page.status()).isEqualTo(200);
			pages.add(page.document().select("main").outerHtml());
		}
		assertThat(this.copies.stats().hitCount()).isGreaterThan(hitsBefore);
		assertThat(pages.get(3)).isEqualTo(pages.get(2)).contains("원목");
	}

	@Test
	void everyVisitorOfASharedProductPageGetsATokenOfItsOwnThatWorks() {
		String product = new MallClient(this.port).get(SEARCH)
			.document()
			.select("a.product-card-link")
			.first()
			.attr("href");
		long hitsBefore = this.copies.stats().hitCount();
		List<String> tokens = new ArrayList<>();
		MallClient last = null;
		Page lastPage = null;
		for (int visitor = 0; visitor < 4; visitor++) {
			last = new MallClient(this.port);
			lastPage = last.get(product);
			assertThat(lastPage.status()).isEqualTo(200);
			String token = cartForm(lastPage).select("input[name=_csrf]").val();
			assertThat(token).isNotBlank().doesNotMatch(PLACEHOLDER);
			tokens.add(token);
		}
		assertThat(this.copies.stats().hitCount()).as("the product page was sent from its copy")
			.isGreaterThan(hitsBefore);
		assertThat(tokens).doesNotHaveDuplicates();

		Page added = last.post("/cart/items", lastPage, fields(cartForm(lastPage)));
		assertThat(added.status()).as("the token in the copy is this visitor's own").isEqualTo(302);
		assertThat(last.get("/cart").document().select(".site-header .badge").first().text()).isEqualTo("1");
	}

	@Test
	void aBrowserThatTakesCompressionGetsTheCopyInGzipThatUnpacksToThePageWithItsOwnToken() throws Exception {
		String product = new MallClient(this.port).get(SEARCH)
			.document()
			.select("a.product-card-link")
			.first()
			.attr("href");
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest compressed = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + product))
			.header("Accept", "text/html")
			.header("Accept-Encoding", "gzip, deflate, br, zstd")
			.build();
		long hitsBefore = this.copies.stats().hitCount();
		HttpResponse<byte[]> load = null;
		for (int visitor = 0; visitor < 3; visitor++) {
			load = http.send(compressed, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(load.statusCode()).isEqualTo(200);
		}
		assertThat(this.copies.stats().hitCount()).as("sent from the copy").isGreaterThan(hitsBefore);
		assertThat(load.headers().firstValue("Content-Encoding")).as("the copy's pieces deflated once")
			.hasValue("gzip");
		assertThat(load.headers().firstValueAsLong("Content-Length")).hasValue(load.body().length);
		String unpacked;
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(load.body()))) {
			unpacked = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String plain = new MallClient(this.port).get(product).response().body();
		assertThat(TOKEN_VALUE.matcher(unpacked).replaceAll("")).isEqualTo(TOKEN_VALUE.matcher(plain).replaceAll(""));
		Matcher token = TOKEN_VALUE.matcher(unpacked);
		assertThat(token.find()).isTrue();
		assertThat(token.group(1)).isNotBlank().doesNotMatch(PLACEHOLDER);
	}

	@Test
	void aSignedInShopperIsNeverSentACopy() {
		MallClient shopper = new MallClient(this.port);
		assertThat(shopper.logIn("shopper@example.com", "valuemall-demo").status()).isEqualTo(302);
		long asked = this.copies.stats().requestCount();
		for (int load = 0; load < 3; load++) {
			Page page = shopper.get(SEARCH);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.document().select(".greeting")).isNotEmpty();
		}
		assertThat(this.copies.stats().requestCount()).isEqualTo(asked);
	}

	private static Element cartForm(Page page) {
		return page.document().select("form[action=/cart/items]").first();
	}

	private static Map<String, String> fields(Element form) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[name], select[name]")) {
			if (!input.attr("name").equals("_csrf") && !input.attr("type").equals("checkbox")) {
				String value = input.is("select") ? input.select("option[value~=.+]").first().val() : input.val();
				fields.put(input.attr("name"), value);
			}
		}
		return fields;
	}

}
