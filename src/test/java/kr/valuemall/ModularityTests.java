package kr.valuemall;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(ValueMallApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		modules.verify();
	}

	@Test
	void everyModuleOfTheDesignExists() {
		org.assertj.core.api.Assertions.assertThat(modules.stream().map((module) -> module.getIdentifier().toString()))
			.contains("account", "seller", "origin", "catalog", "promotion", "order", "settlement", "report", "feed",
					"notification", "web");
	}

	@Test
	void writeDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

}
