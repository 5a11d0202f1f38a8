package kr.valuemall;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The {@code prod} profile refuses to start on settings that only suit a developer's
 * machine: the payout-account key that is in the repository (anyone could decrypt the
 * sellers' account numbers), no public address of its own (links in mails, feeds and
 * sitemaps would point at localhost), or the sandbox card gateway, which charges nothing,
 * unless the operator says so in as many words. It runs while the environment is
 * prepared, before the database is touched, and lists every problem at once;
 * {@link ProductionSettingsFailureAnalyzer} prints them with what to set.
 */
class ProductionSettings implements EnvironmentPostProcessor, Ordered {

	static final String PROFILE = "prod";

	static final String KEY_PASSWORD = "valuemall.seller.bank-account-key.password";

	static final String KEY_SALT = "valuemall.seller.bank-account-key.salt";

	static final String SITE_URL = "valuemall.site.base-url";

	static final String SANDBOX_ALLOWED = "valuemall.payment.sandbox-in-production";

	/** The development key of application.yml: public, so never a production key. */
	static final String DEVELOPMENT_KEY_PASSWORD = "valuemall-development-only-key";

	static final String DEVELOPMENT_KEY_SALT = "5c0744940b5c369b";

	private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "0.0.0.0", "[::1]", "::1");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
			return;
		}
		List<String> problems = problems(environment);
		if (!problems.isEmpty()) {
			throw new ProductionSettingsMissing(problems);
		}
	}

	static List<String> problems(Environment environment) {
		List<String> problems = new ArrayList<>();
		String password = environment.getProperty(KEY_PASSWORD, "");
		String salt = environment.getProperty(KEY_SALT, "");
		if (password.isBlank() || password.equals(DEVELOPMENT_KEY_PASSWORD) || salt.isBlank()
				|| salt.equalsIgnoreCase(DEVELOPMENT_KEY_SALT)) {
			problems.add("the payout-account encryption key is the development key of application.yml (or missing): "
					+ "set VALUEMALL_SELLER_BANKACCOUNTKEY_PASSWORD (16+ characters) and "
					+ "VALUEMALL_SELLER_BANKACCOUNTKEY_SALT (16+ hex digits) from the secret store");
		}
		String site = environment.getProperty(SITE_URL, "");
		if (!isPublicAddress(site)) {
			problems.add("the mall's public address is " + (site.isBlank() ? "not set" : "'" + site + "'")
					+ ": set VALUEMALL_SITE_BASEURL to the address shoppers use, e.g. https://www.valuemall.go.kr");
		}
		if (!environment.getProperty(SANDBOX_ALLOWED, Boolean.class, false)) {
			problems.add("card payments would go to the sandbox gateway, which charges nothing: plug in a real "
					+ "payment gateway, or set VALUEMALL_PAYMENT_SANDBOXINPRODUCTION=true to run a pilot on it knowingly");
		}
		return problems;
	}

	private static boolean isPublicAddress(String site) {
		if (site == null || site.isBlank()) {
			return false;
		}
		try {
			URI uri = URI.create(site.trim());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("https") || scheme.equals("http")) && !host.isEmpty() && !LOCAL_HOSTS.contains(host);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** The production settings that are missing, each with what to set. */
	static class ProductionSettingsMissing extends IllegalStateException {

		private final List<String> problems;

		ProductionSettingsMissing(List<String> problems) {
			super("The prod profile refuses to start: " + String.join("; ", problems));
			this.problems = List.copyOf(problems);
		}

		List<String> problems() {
			return this.problems;
		}

	}

}
