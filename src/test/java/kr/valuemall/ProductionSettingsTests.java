package kr.valuemall;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

import kr.valuemall.ProductionSettings.ProductionSettingsMissing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The prod profile refuses development settings before anything else happens (no database
 * is needed to see it), says what to set, and lets a correctly configured start through.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionSettingsTests {

	private static final String SITE = "valuemall.site.base-url=https://www.valuemall.go.kr";

	private static final String SANDBOX = "valuemall.payment.sandbox-in-production=true";

	private static final String KEY = "valuemall.seller.bank-account-key.password=a-production-secret-of-32-chars!";

	private static final String SALT = "valuemall.seller.bank-account-key.salt=9f86d081884c7d65";

	@Test
	void theMallDoesNotStartInProdWithoutAnEncryptionKey(CapturedOutput output) {
		assertThatExceptionOfType(ProductionSettingsMissing.class)
			.isThrownBy(() -> start(ValueMallApplication.class, SITE, SANDBOX))
			.satisfies((refusal) -> assertThat(refusal.problems()).singleElement()
				.asString()
				.contains("payout-account encryption key is the development key")
				.contains("VALUEMALL_SELLER_BANKACCOUNTKEY_PASSWORD"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The prod profile refuses to start with development settings:")
			.contains(" - the payout-account encryption key is the development key");
	}

	@Test
	void everythingMissingIsListedAtOnce() {
		assertThatExceptionOfType(ProductionSettingsMissing.class).isThrownBy(() -> start(ValueMallApplication.class))
			.satisfies((refusal) -> assertThat(refusal.problems()).hasSize(3)
				.anySatisfy((problem) -> assertThat(problem).contains("encryption key"))
				.anySatisfy((problem) -> assertThat(problem).contains("VALUEMALL_SITE_BASEURL"))
				.anySatisfy((problem) -> assertThat(problem).contains("sandbox gateway")));
	}

	@Test
	void aLocalAddressOrAnotherDevelopmentKeyHalfIsRefused() {
		assertThat(ProductionSettings
			.problems(production().withProperty("valuemall.site.base-url", "http://localhost:8080"))).singleElement()
			.asString()
			.contains("'http://localhost:8080'");
		assertThat(ProductionSettings
			.problems(production().withProperty("valuemall.site.base-url", "www.valuemall.go.kr"))).singleElement()
			.asString()
			.contains("VALUEMALL_SITE_BASEURL");
		assertThat(ProductionSettings
			.problems(production().withProperty("valuemall.seller.bank-account-key.salt", "5c0744940b5c369b")))
			.singleElement()
			.asString()
			.contains("encryption key");
		assertThat(ProductionSettings
			.problems(production().withProperty("valuemall.payment.sandbox-in-production", "false"))).singleElement()
			.asString()
			.contains("sandbox gateway");
		assertThat(ProductionSettings.problems(production())).isEmpty();
	}

	@Test
	void withEverythingGivenTheProdProfileStartsWithItsProxySettings() {
		try (ConfigurableApplicationContext context = start(NothingElse.class, SITE, SANDBOX, KEY, SALT)) {
			assertThat(context.getEnvironment().getActiveProfiles()).contains("prod");
			assertThat(context.getEnvironment().getProperty("server.forward-headers-strategy")).isEqualTo("framework");
			assertThat(context.getEnvironment().getProperty("management.endpoint.health.probes.enabled"))
				.isEqualTo("true");
			assertThat(context.getEnvironment().getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
			assertThat(context.getEnvironment().getProperty("management.endpoint.health.group.readiness.include"))
				.contains("db");
		}
	}

	@Test
	void withoutTheProdProfileTheDevelopmentSettingsStillRun() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NothingElse.class)
			.web(WebApplicationType.NONE)
			.properties("spring.docker.compose.enabled=false")
			.run()) {
			assertThat(context.getEnvironment().getProperty("valuemall.seller.bank-account-key.password"))
				.isEqualTo(ProductionSettings.DEVELOPMENT_KEY_PASSWORD);
		}
	}

	private static ConfigurableApplicationContext start(Class<?> source, String... properties) {
		// As an operator gives them: above application.yml (builder properties are below
		// it).
		List<String> arguments = new ArrayList<>();
		for (String property : properties) {
			arguments.add("--" + property);
		}
		arguments.add("--spring.docker.compose.enabled=false");
		return new SpringApplicationBuilder(source).profiles("prod")
			.web(WebApplicationType.NONE)
			.run(arguments.toArray(String[]::new));
	}

	private static MockEnvironment production() {
		return new MockEnvironment().withProperty("valuemall.seller.bank-account-key.password", "a-production-secret")
			.withProperty("valuemall.seller.bank-account-key.salt", "9f86d081884c7d65")
			.withProperty("valuemall.site.base-url", "https://www.valuemall.go.kr")
			.withProperty("valuemall.payment.sandbox-in-production", "true");
	}

	/** An application with nothing in it: only its environment is of interest. */
	@Configuration(proxyBeanMethods = false)
	static class NothingElse {

	}

}
