package kr.valuemall.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stylesheet is one file that several changes append to. A block left open by a merge
 * does not fail anything visible on a wide screen: every rule after it silently applies
 * only inside the open media query, so phones lose them. Braces must close, and a media
 * query must never open inside another block.
 */
class StylesheetTests {

	private static final Path MALL_CSS = Path.of("src/main/resources/static/css/mall.css");

	@Test
	void everyBlockOfTheStylesheetIsClosedAndMediaQueriesAreNotNested() throws IOException {
		String css = Files.readString(MALL_CSS, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
		int depth = 0;
		int line = 1;
		for (int i = 0; i < css.length(); i++) {
			char c = css.charAt(i);
			if (c == '\n') {
				line++;
			}
			else if (c == '@' && css.startsWith("@media", i)) {
				assertThat(depth).as("@media on line %d (comments removed) opens inside another block", line).isZero();
			}
			else if (c == '{') {
				depth++;
			}
			else if (c == '}') {
				depth--;
				assertThat(depth).as("a '}' on line %d closes nothing", line).isNotNegative();
			}
		}
		assertThat(depth).as("blocks left open at the end of mall.css").isZero();
	}

}
