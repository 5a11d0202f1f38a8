package kr.valuemall.catalog.images;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reason for refusing an image has its message for the seller, in both languages.
 */
class ImageRejectedMessagesTests {

	@ParameterizedTest
	@ValueSource(strings = { "messages_ko.properties", "messages_en.properties" })
	void everyRefusalHasItsMessage(String bundle) throws IOException {
		Properties messages = new Properties();
		try (InputStreamReader reader = new InputStreamReader(new ClassPathResource(bundle).getInputStream(),
				StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		for (ImageRejected.Reason reason : ImageRejected.Reason.values()) {
			assertThat(messages.getProperty(reason.messageKey())).as(bundle + ": " + reason.messageKey()).isNotBlank();
		}
	}

}
