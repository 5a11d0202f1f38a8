package kr.valuemall;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code valuemall.*} setting that the configuration files set or the code reads (a
 * {@code @ConfigurationProperties} record or a {@code ${…}} placeholder) is described in
 * the configuration metadata, so an operator's IDE completes and explains it: the
 * records' metadata comes from spring-boot-configuration-processor, the placeholders'
 * from META-INF/additional-spring-configuration-metadata.json.
 */
class ConfigurationMetadataTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(valuemall\\.[a-z0-9.-]+)");

	@Test
	void everyValuemallSettingIsDescribed() throws IOException {
		Set<String> described = described();
		Set<String> used = new TreeSet<>();
		for (String file : List.of("application.yml", "application-demo.yml", "application-prod.yml")) {
			try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
				if (in != null) {
					for (Object document : new Yaml().loadAll(in)) {
						collect("", document, used);
					}
				}
			}
		}
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = PLACEHOLDER.matcher(Files.readString(source));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		List<String> undescribed = new ArrayList<>();
		for (String key : used) {
			if (key.startsWith("valuemall.") && !isDescribed(key, described)) {
				undescribed.add(key);
			}
		}
		assertThat(used).as("settings found").contains("valuemall.site.base-url", "valuemall.order.confirm-cron");
		assertThat(undescribed).as("valuemall settings without metadata").isEmpty();
	}

	/** A key is described when it, or the map or list property it sits in, is. */
	private static boolean isDescribed(String key, Set<String> described) {
		String name = key.replaceAll("\\[\\d+]", "");
		while (true) {
			if (described.contains(name)) {
				return true;
			}
			int dot = name.lastIndexOf('.');
			if (dot < 0) {
				return false;
			}
			name = name.substring(0, dot);
		}
	}

	private static Set<String> described() throws IOException {
		Set<String> names = new TreeSet<>();
		JsonMapper json = JsonMapper.builder().build();
		for (String file : List.of("META-INF/spring-configuration-metadata.json",
				"META-INF/additional-spring-configuration-metadata.json")) {
			try (InputStream in = ConfigurationMetadataTests.class.getClassLoader().getResourceAsStream(file)) {
				assertThat(in).as(file).isNotNull();
				for (JsonNode property : json.readTree(in).path("properties")) {
					names.add(property.path("name").asString());
				}
			}
		}
		return names;
	}

	private static void collect(String prefix, Object node, Set<String> keys) {
		if (node instanceof Map<?, ?> map) {
			map.forEach((key, value) -> collect(prefix.isEmpty() ? key.toString() : prefix + "." + key, value, keys));
		}
		else if (node instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				collect(prefix + "[" + i + "]", list.get(i), keys);
			}
		}
		else {
			keys.add(prefix);
		}
	}

}
