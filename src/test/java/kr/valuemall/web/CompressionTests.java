package kr.valuemall.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Brotli for browsers that accept it, on pages, sitemaps and static files (issue 20 item
 * 3); gzip for the others (Tomcat's for pages, compressed once for static files). The
 * native library is the one brotli4j ships, so this also shows it loads offline.
 */
@IntegrationTest
class CompressionTests {

	private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/mall-[0-9a-f]{32}\\.css)\"");

	private static final String BROWSER = "gzip, deflate, br, zstd";

	@Autowired
	MockMvc mvc;

	@Test
	void theNativeBrotliLibraryLoads() {
		Brotli4jLoader.ensureAvailability();
		assertThat(Brotli4jLoader.isAvailable()).isTrue();
	}

	@Test
	void aPageGoesOutInBrotliWithAWeakETagThatStillAnswers304() throws Exception {
		String plain = this.mvc.perform(get("/terms"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		MockHttpServletResponse compressed = this.mvc.perform(get("/terms").header("Accept-Encoding", BROWSER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(compressed.getHeader("Content-Encoding")).isEqualTo("br");
		assertThat(compressed.getHeaders("Vary")).contains("Accept-Encoding");
		byte[] body = compressed.getContentAsByteArray();
		assertThat(body.length).isLessThan(plain.getBytes(StandardCharsets.UTF_8).length / 2);
		assertThat(new String(unbrotli(body), StandardCharsets.UTF_8)).isEqualTo(plain);
		String etag = compressed.getHeader("ETag");
		assertThat(etag).startsWith("W/\"");
		this.mvc.perform(get("/terms").header("Accept-Encoding", BROWSER).header("If-None-Match", etag))
			.andExpect(status().isNotModified());
	}

	@Test
	void aBrowserWithoutBrotliGetsThePageInGzipAndOneWithoutEitherAsItIs() throws Exception {
		MockHttpServletResponse plain = this.mvc.perform(get("/terms"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(plain.getHeader("Content-Encoding")).isNull();
		String page = plain.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<html");
		MockHttpServletResponse gzip = this.mvc.perform(get("/terms").header("Accept-Encoding", "gzip, br;q=0"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(gzip.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(gzip.getHeader("ETag")).startsWith("W/\"");
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.getContentAsByteArray()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(page);
		}
	}

	@Test
	void theSitemapGoesOutInBrotli() throws Exception {
		String plain = this.mvc.perform(get("/sitemap.xml"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		MockHttpServletResponse compressed = this.mvc.perform(get("/sitemap.xml").header("Accept-Encoding", BROWSER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		if (plain.getBytes(StandardCharsets.UTF_8).length >= BrotliResponses.MIN_SIZE) {
			assertThat(compressed.getHeader("Content-Encoding")).isEqualTo("br");
			assertThat(new String(unbrotli(compressed.getContentAsByteArray()), StandardCharsets.UTF_8))
				.isEqualTo(plain);
		}
		else {
			assertThat(compressed.getHeader("Content-Encoding")).isNull();
		}
	}

	@Test
	void aStylesheetIsServedInBrotliOrGzipAsTheBrowserAcceptsAndKeptAYear() throws Exception {
		String page = this.mvc.perform(get("/terms"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher stylesheet = STYLESHEET.matcher(page);
		assertThat(stylesheet.find()).isTrue();
		String path = stylesheet.group(1);
		MockHttpServletResponse plain = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(plain.getHeader("Content-Encoding")).isNull();
		byte[] css = plain.getContentAsByteArray();
		assertThat(css.length).isGreaterThan(1000);

		MockHttpServletResponse brotli = this.mvc.perform(get(path).header("Accept-Encoding", BROWSER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(brotli.getHeader("Content-Encoding")).isEqualTo("br");
		assertThat(brotli.getHeaders("Vary")).contains("Accept-Encoding");
		assertThat(brotli.getHeader("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
		assertThat(brotli.getContentType()).startsWith("text/css");
		assertThat(unbrotli(brotli.getContentAsByteArray())).isEqualTo(css);

		MockHttpServletResponse gzip = this.mvc.perform(get(path).header("Accept-Encoding", "gzip"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(gzip.getHeader("Content-Encoding")).isEqualTo("gzip");
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.getContentAsByteArray()))) {
			assertThat(in.readAllBytes()).isEqualTo(css);
		}
		assertThat(gzip.getContentAsByteArray().length).isLessThan(css.length / 2);
		assertThat(brotli.getContentAsByteArray().length).isLessThan(gzip.getContentAsByteArray().length);
	}

	private static byte[] unbrotli(byte[] compressed) throws Exception {
		Brotli4jLoader.ensureAvailability();
		DirectDecompress result = Decoder.decompress(compressed);
		assertThat(result.getResultStatus()).isEqualTo(DecoderJNI.Status.DONE);
		return result.getDecompressedData();
	}

}
