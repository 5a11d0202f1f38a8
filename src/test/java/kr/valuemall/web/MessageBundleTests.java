package kr.valuemall.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-facing string is a message key in Korean and English, and templates hold no
 * text of their own.
 */
class MessageBundleTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Attributes a person reads; each needs its th: counterpart when it holds words. */
	private static final List<String> READABLE_ATTRIBUTES = List.of("placeholder", "title", "alt", "aria-label");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	@Test
	void koreanAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> korean = keys("messages_ko.properties");
		Set<String> english = keys("messages_en.properties");
		assertThat(korean).isNotEmpty();
		assertThat(difference(korean, english)).as("keys missing in messages_en.properties").isEmpty();
		assertThat(difference(english, korean)).as("keys missing in messages_ko.properties").isEmpty();
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> korean = keys("messages_ko.properties");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!korean.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> offences = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				if (element.tagName().equals("code") || element.tagName().equals("script")
						|| element.tagName().equals("style")) {
					continue;
				}
				boolean textReplaced = element.hasAttr("th:text") || element.hasAttr("th:utext")
						|| element.hasAttr("th:replace") || element.hasAttr("th:insert")
						|| element.hasAttr("th:errors");
				for (TextNode text : element.textNodes()) {
					if (!textReplaced && hasWords(text.text())) {
						offences.add(TEMPLATES.relativize(template) + " <" + element.tagName() + ">: "
								+ text.text().strip());
					}
				}
				for (String attribute : READABLE_ATTRIBUTES) {
					if (hasWords(element.attr(attribute)) && !element.hasAttr("th:" + attribute)) {
						offences
							.add(TEMPLATES.relativize(template) + " @" + attribute + ": " + element.attr(attribute));
					}
				}
			}
		}
		assertThat(offences).isEmpty();
	}

	private static boolean hasWords(String text) {
		return text != null && text.codePoints().anyMatch(Character::isLetter);
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((path) -> path.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Set<String> keys(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStreamReader reader = new InputStreamReader(new ClassPathResource(bundle).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

}
