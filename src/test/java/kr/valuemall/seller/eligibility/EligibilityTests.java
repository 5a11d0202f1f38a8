package kr.valuemall.seller.eligibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class EligibilityTests {

	private final Eligibility eligibility = new Eligibility(configured());

	@ParameterizedTest(name = "{0} with {1} employees: eligible={2}")
	@CsvSource({ "MANUFACTURING, 9, true", "MANUFACTURING, 10, false", "CONSTRUCTION, 9, true",
			"CONSTRUCTION, 10, false", "TRANSPORT, 9, true", "TRANSPORT, 10, false", "MINING, 9, true",
			"MINING, 10, false", "WHOLESALE_RETAIL, 4, true", "WHOLESALE_RETAIL, 5, false", "ICT, 4, true",
			"ICT, 5, false", "LODGING_FOOD, 4, true", "LODGING_FOOD, 5, false", "PROFESSIONAL_SERVICES, 4, true",
			"PROFESSIONAL_SERVICES, 5, false", "MANUFACTURING, 0, true" })
	void employeesMustBeFewerThanTheIndustryLine(Industry industry, int employees, boolean eligible) {
		assertThat(this.eligibility.tooManyEmployees(industry, employees).isEmpty()).isEqualTo(eligible);
	}

	@ParameterizedTest(name = "{0} with revenue {1}: eligible={2}")
	@CsvSource({ "MANUFACTURING, 12000000000, true", "MANUFACTURING, 12000000001, false",
			"CONSTRUCTION, 8000000000, true", "CONSTRUCTION, 8000000001, false", "WHOLESALE_RETAIL, 5000000000, true",
			"WHOLESALE_RETAIL, 5000000001, false", "ICT, 5000000000, true", "ICT, 5000000001, false",
			"PROFESSIONAL_SERVICES, 3000000000, true", "PROFESSIONAL_SERVICES, 3000000001, false",
			"LODGING_FOOD, 1000000000, true", "LODGING_FOOD, 1000000001, false" })
	void revenueMayReachButNotPassTheCeiling(Industry industry, long revenue, boolean eligible) {
		assertThat(this.eligibility.revenueTooHigh(industry, revenue).isEmpty()).isEqualTo(eligible);
	}

	@ParameterizedTest
	@CsvSource({ "MANUFACTURING, 10, seller.apply.employees.overLine, 10" })
	void aRefusalSaysWhichLineWasCrossed(Industry industry, int employees, String key, long line) {
		Eligibility.Refusal refusal = this.eligibility.tooManyEmployees(industry, employees).orElseThrow();
		assertThat(refusal.messageKey()).isEqualTo(key);
		assertThat(refusal.line()).isEqualTo(line);
	}

	/** The table as configured in application.yml, bound the way Spring Boot binds it. */
	static EligibilityProperties configured() {
		try {
			List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application.yml",
					new ClassPathResource("application.yml"));
			return new Binder(ConfigurationPropertySources.from(sources))
				.bind("valuemall.eligibility", EligibilityProperties.class)
				.get();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
